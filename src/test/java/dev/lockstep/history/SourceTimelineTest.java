package dev.lockstep.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Old revisions' skeletons are built from the diff against the checked source; they must equal a full parse. */
class SourceTimelineTest {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void incrementalSkeletonsEqualFullParsesWhicheverRevisionIsChecked() throws IOException {
        List<String> ids = SourceRepos.revisions();
        List<Revision> revisions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            revisions.add(new Revision(ids.get(i), "2024-01-01", "", ids.get(i), SourceRepos.PAGE));
            texts.add(Files.readString(SourceRepos.HISTORY.resolve("qubes-overview." + ids.get(i) + ".md")));
        }
        for (String checked : texts) {
            Document given = parser.parse(SourceRepos.PAGE, checked);
            SourceTimeline timeline = new SourceTimeline(SourceRepos.PAGE, revisions, texts, checked, given, parser);
            assertThat(timeline.versions()).hasSize(ids.size());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(timeline.skeleton(i)).as("revision %s checked against %s", ids.get(ids.size() - 1 - i),
                        ids.get(ids.size() - 1 - texts.indexOf(checked)))
                        .isEqualTo(Skeleton.of(parser.parse(SourceRepos.PAGE, texts.get(i)).blocks()));
            }
        }
    }

    @Test
    void uncommittedSourceIsTheNewestVersion() throws IOException {
        String text = Files.readString(SourceRepos.HISTORY.resolve("qubes-overview.6da9b154.md"));
        String edited = text.replace("## Why Should I use Qubes?", "## Why use Qubes?\n\nA new paragraph.");
        Document given = parser.parse(SourceRepos.PAGE, edited);
        SourceTimeline timeline = new SourceTimeline(SourceRepos.PAGE,
                List.of(new Revision("6da9b154", "2023-11-01", "", "b", SourceRepos.PAGE)), List.of(text), edited, given,
                parser);

        assertThat(timeline.given()).isZero();
        assertThat(timeline.versions().get(0).revision()).isNull();
        assertThat(timeline.skeleton(1)).isEqualTo(Skeleton.of(parser.parse(SourceRepos.PAGE, text).blocks()));
        assertThat(timeline.estimate(parser.parse("t.md", text))).isEqualTo(1);
    }
}
