package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a block looks like with its words removed: the parts a translation keeps (kind, heading
 * level, link targets, code spans, numbers, images, table shape). Two blocks with equal strict keys
 * are almost certainly the same block; {@link #similarity} grades the rest.
 */
final class Signature {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    final BlockKind kind;
    final String strict;
    final Set<String> targets;
    final Set<String> codes;
    final Set<String> numbers;
    final String text;
    final int length;
    final int level;
    final String shape;

    Signature(Block b) {
        this.kind = b.kind();
        this.level = b.headingLevel();
        this.targets = new HashSet<>();
        this.codes = new HashSet<>();
        for (Inline i : b.inlines()) {
            if (i.target() != null) targets.add(normalizeUrl(i.target()));
            if (i.kind() == InlineKind.CODE || i.kind() == InlineKind.KEYS) codes.add(i.text());
        }
        if (b.kind() == BlockKind.CODE) {
            // Code blocks compare line by line, so one translated comment does not unpair the block.
            for (String line : b.raw().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("```") && !l.startsWith("~~~")) codes.add(l);
            }
        }
        StringBuilder all = new StringBuilder();
        for (Prose p : b.texts()) all.append(p.text()).append('\n');
        this.text = all.toString().strip();
        this.length = text.length();
        this.numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) numbers.add(m.group());
        this.shape = switch (b.kind()) {
            case TABLE -> b.table().isEmpty() ? "" : String.valueOf(b.table().get(0).size());
            case LIST_ITEM -> b.ordered() ? "ol" : "ul";
            case ADMONITION -> b.admonition().type();
            case CODE -> b.info();
            default -> "";
        };
        List<String> sortedTargets = new ArrayList<>(targets);
        java.util.Collections.sort(sortedTargets);
        List<String> sortedCodes = new ArrayList<>(codes);
        java.util.Collections.sort(sortedCodes);
        this.strict = kind + "|" + level + "|" + b.depth() + "|" + shape + "|" + sortedTargets + "|" + sortedCodes;
    }

    /** Collapses the cosmetic URL differences that drift produces, so drifted blocks still align. */
    static String normalizeUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int hash = u.indexOf('#');
        String fragment = hash >= 0 ? u.substring(hash) : "";
        String base = hash >= 0 ? u.substring(0, hash) : u;
        while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        return base + fragment;
    }

    /** 0 (unrelated or different kinds) to about 1 (same block). */
    double similarity(Signature o, double lengthRatio) {
        if (kind != o.kind) return 0;
        if (strict.equals(o.strict) && !text.isEmpty() && text.equals(o.text)) return 1.0;
        double score = 0.25;
        double weight = 0;
        double sum = 0;
        if (!targets.isEmpty() || !o.targets.isEmpty()) {
            sum += 2 * jaccard(targets, o.targets);
            weight += 2;
        }
        if (!codes.isEmpty() || !o.codes.isEmpty()) {
            sum += jaccard(codes, o.codes);
            weight += 1;
        }
        if (!numbers.isEmpty() || !o.numbers.isEmpty()) {
            sum += jaccard(numbers, o.numbers);
            weight += 1;
        }
        if (kind == BlockKind.HEADING) {
            sum += level == o.level ? 1 : 0;
            weight += 1;
        }
        if (!shape.isEmpty() || !o.shape.isEmpty()) {
            sum += shape.equals(o.shape) ? 1 : 0;
            weight += 1;
        }
        if (length > 0 && o.length > 0) {
            // Translations change length by a roughly constant factor per language.
            double expected = length * lengthRatio;
            double ratio = Math.min(expected, o.length) / Math.max(expected, o.length);
            sum += ratio;
            weight += 1;
        }
        if (!text.isEmpty() && text.equals(o.text)) {
            sum += 2;
            weight += 2;
        }
        return weight == 0 ? 0.5 : score + 0.75 * (sum / weight);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int inter = 0;
        for (String s : a) if (b.contains(s)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }
}
