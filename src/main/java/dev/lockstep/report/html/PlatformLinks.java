package dev.lockstep.report.html;

import dev.lockstep.config.TranslationPlatform;
import java.util.Locale;
import java.util.Map;

/**
 * Where a translator fixes a string when the project translates on a platform: the platform editor's
 * search for a source string, as a URL template per language. The page script replaces {@link #QUERY}
 * with the URL-encoded phrase; nothing is fetched here or there.
 *
 * <ul>
 *   <li>Crowdin: {@code {url}/editor/{project}/all/en-{code}?filter=basic&value=0#q={query}}, where
 *       {@code code} is Crowdin's editor code: the locale in lower case without its hyphen
 *       ({@code ja}, {@code ptbr}, {@code zhtw}; {@code zh} is Simplified Chinese, {@code zhcn}).</li>
 *   <li>Weblate: {@code {url}/translate/{project}/{component}/{code}/?q=source:"{query}"}, where
 *       {@code code} is Weblate's language code ({@code pt_BR}; {@code zh} is {@code zh_Hans}).</li>
 * </ul>
 * {@code platform.languages} in the config overrides a code.
 */
final class PlatformLinks {
    static final String QUERY = "{query}";
    private static final Map<String, String> CROWDIN_CODES = Map.of("zh", "zhcn");
    private static final Map<String, String> WEBLATE_CODES = Map.of("zh", "zh_Hans");

    private PlatformLinks() {
    }

    /** The editor search URL for {@code language}, with {@link #QUERY} where the encoded phrase goes. */
    static String template(TranslationPlatform platform, String language) {
        String configured = platform.languages().get(language);
        return switch (platform.name()) {
            case "crowdin" -> platform.url() + "/editor/" + platform.project() + "/all/en-"
                    + (configured != null ? configured : crowdinCode(language)) + "?filter=basic&value=0#q=" + QUERY;
            case "weblate" -> platform.url() + "/translate/" + platform.project() + "/" + platform.component() + "/"
                    + (configured != null ? configured : weblateCode(language)) + "/?q=source%3A%22" + QUERY + "%22";
            default -> throw new IllegalArgumentException("unknown platform " + platform.name());
        };
    }

    /** How the report names the platform to a translator. */
    static String label(TranslationPlatform platform) {
        return platform.name().equals("crowdin") ? "Crowdin" : "Weblate";
    }

    private static String crowdinCode(String language) {
        String code = language.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return CROWDIN_CODES.getOrDefault(code, code);
    }

    private static String weblateCode(String language) {
        String[] parts = language.split("[-_]", 2);
        String code = parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "_" + parts[1] : "");
        return WEBLATE_CODES.getOrDefault(code, code).replaceAll("[^A-Za-z0-9_]", "");
    }
}
