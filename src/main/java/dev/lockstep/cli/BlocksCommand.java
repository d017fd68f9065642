package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.check.PageReader;
import dev.lockstep.check.ShapeLimits;
import dev.lockstep.config.Config;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "blocks", mixinStandardHelpOptions = true,
        description = "Show how Lockstep reads a page (one FILE) or aligns a translation with its source (SOURCE TRANSLATION).")
final class BlocksCommand implements Runnable {
    @Parameters(arity = "1..2", paramLabel = "FILE")
    Path[] files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        MarkdownParser parser = new MarkdownParser();
        PrintWriter out = spec.commandLine().getOut();
        Document first = parser.parse(files[0].toString(), read(files[0]));
        if (files.length == 1) {
            for (Block b : first.blocks()) out.println(describe(b));
        } else {
            Document second = parser.parse(files[1].toString(), read(files[1]));
            for (BlockPair p : new Aligner().align(first, second)) {
                String left = p.source() == null ? "" : describe(p.source(), p.sourceParts());
                String right = p.translation() == null ? "" : describe(p.translation(), p.translationParts());
                String status = p.relation() == BlockPair.Relation.ALIGNED ? p.status().name() : p.relation().name();
                out.printf("%-8s %-60.60s | %s%n", status.toLowerCase(java.util.Locale.ROOT), left, right);
            }
        }
        out.flush();
    }

    /** A merged or split side names every block it joins: {@code 12+14+16 paragraph …}. */
    private static String describe(Block b, java.util.List<Block> parts) {
        if (parts.size() < 2) return describe(b);
        String lines = String.join("+", parts.stream().map(x -> String.valueOf(x.line())).toList());
        return lines + " " + "  ".repeat(b.depth()) + b.kind().label() + " " + b.summary(40);
    }

    private static String describe(Block b) {
        String extra = b.detail() instanceof Admonition a ? " " + a.syntax().id() + ":" + a.type()
                : b.detail() instanceof BlockDetail.Heading h && h.level() > 0 ? " h" + h.level() : "";
        return b.line() + "-" + b.endLine() + " " + "  ".repeat(b.depth()) + b.kind().label() + extra + " "
                + b.summary(40);
    }

    /** A page as the checker reads it, within the same size and shape limits (docs/limits.md). */
    private static String read(Path file) {
        String text;
        try {
            byte[] bytes = FileGate.readRegularFile(file.toRealPath(), Config.Limits.DEFAULTS.maxFileBytes());
            PageReader.Outcome page = PageReader.decode(bytes);
            if (page.text() == null) {
                // The bad byte's place in the usual file:line:column form, ahead of the problem and what to do.
                throw new UserError(file + (page.at() == null ? "" : ":" + page.at().line() + ":" + page.at().column()),
                        page.problem());
            }
            text = page.text();
        } catch (FileGate.TooLarge e) {
            throw new UserError(file.toString(), "skipped: too large (limits.maxFileBytes)");
        } catch (IOException e) {
            throw new UserError(file.toString(), e instanceof java.nio.file.NoSuchFileException
                    ? "file not found" : "cannot read: " + e.getMessage());
        }
        String refused = ShapeLimits.check(text, Config.Limits.DEFAULTS);
        if (refused != null) throw new UserError(file.toString(), refused);
        return text;
    }
}
