package dev.lockstep.parse.syntax;

/** MDX {@code import}/{@code export} statements: at the start of a line, up to the next blank line. */
final class MdxEsm implements Syntax {
    @Override
    public String id() {
        return "mdx-esm";
    }

    @Override
    public boolean appliesTo(Flavor flavor) {
        return flavor.mdx();
    }

    @Override
    public String starters() {
        return ""; // whole lines only
    }

    @Override
    public int tokenEnd(CharSequence text, int start) {
        return -1;
    }

    @Override
    public int structureLines(String[] lines, int first) {
        String line = lines[first];
        if (!line.startsWith("import ") && !line.startsWith("export ") && !line.startsWith("import{")) return 0;
        int i = first + 1;
        while (i < lines.length && !lines[i].isBlank()) i++;
        return i - first;
    }
}
