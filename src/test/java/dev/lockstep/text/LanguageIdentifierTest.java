package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final Words words = new Words(List.of());

    private boolean english(String language, String sentence) {
        return LanguageIdentifier.forTarget(language).isSourceLanguage(words.of(sentence));
    }

    @Test
    void scriptDecidesForLanguagesWithTheirOwnScript() {
        assertThat(english("ja", "You can assign each qube a level of trust.")).isTrue();
        assertThat(english("ja", "各qubeに信頼レベルを割り当てることができます。")).isFalse();
        assertThat(english("zh", "你可以为每个qube分配一个信任级别。")).isFalse();
        assertThat(english("ru", "Qubes OS provides security by using isolation.")).isTrue();
        assertThat(english("ru", "Qubes OS обеспечивает безопасность за счёт изоляции.")).isFalse();
    }

    @Test
    void frequentWordsDecideForLatinScriptLanguages() {
        assertThat(english("sv", "You can assign each qube a level of trust based on its purpose.")).isTrue();
        assertThat(english("sv", "Du kan tilldela varje qube en förtroendenivå baserat på dess syfte.")).isFalse();
        assertThat(english("de", "Sie können jedem Qube eine Vertrauensstufe zuweisen.")).isFalse();
        assertThat(english("fr", "Vous pouvez attribuer à chaque qube un niveau de confiance.")).isFalse();
        assertThat(english("es", "Puede asignar a cada qube un nivel de confianza.")).isFalse();
        assertThat(english("pt-BR", "Você pode atribuir a cada qube um nível de confiança.")).isFalse();
    }

    @Test
    void oneSharedWordIsNotEnoughEvidence() {
        assertThat(english("fr", "1 an")).isFalse();
        assertThat(english("sv", "Finansiell information")).isFalse();
    }

    @Test
    void scriptsLockstepDoesNotNameStillAreNotEnglish() {
        // CNCF glossary hi/edge-computing.md and bn/function-as-a-service.md titles (Apache-2.0).
        assertThat(english("hi", "एज-कंप्यूटिंग (Edge Computing)")).isFalse();
        assertThat(english("bn", "ফাংশন-এজ়-এ-সার্ভিস (Function as a Service) (FaaS)")).isFalse();
        assertThat(english("hi", "Edge computing brings computation closer to the data.")).isTrue();
    }

    @Test
    void targetLanguageNeedsEvidenceOfItsOwn() {
        LanguageIdentifier fr = LanguageIdentifier.forTarget("fr");
        assertThat(fr.isTargetLanguage(words.of("La migration est automatique."))).isTrue();
        assertThat(fr.isTargetLanguage(words.of("Migration Guide"))).isFalse();
        LanguageIdentifier ja = LanguageIdentifier.forTarget("ja");
        assertThat(ja.isTargetLanguage(words.of("移行ガイド"))).isTrue();
        assertThat(ja.isTargetLanguage(words.of("Migration Guide"))).isFalse();
    }
}
