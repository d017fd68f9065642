package dev.lockstep.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import dev.lockstep.parse.Renderer;
import dev.lockstep.parse.syntax.Flavor;
import dev.lockstep.parse.syntax.Syntaxes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown → {@link Document}. The only class that touches flexmark. Thread-safe: one instance can
 * parse pages on several threads.
 *
 * <p>Parses as the site's {@link Renderer} reads pages: which structure syntaxes a page may hold
 * ({@link Syntaxes}), whether definition lists exist, and where emphasis is (Python-Markdown's rules
 * differ from CommonMark's).
 */
public final class MarkdownParser {

    /**
     * Front-matter keys whose values readers see, and so translators translate: {@code title} and
     * {@code description}, and the variants themes add for search engines and menus ({@code meta_title},
     * {@code og-description}, {@code seoTitle}). Other keys (layout, dates, tags, icons) are not prose.
     */
    private static final Pattern TRANSLATABLE_KEY = Pattern.compile(
            "(?:title|description)|[\\w-]*[_-](?:title|description)|[\\w-]*[a-z](?:Title|Description)");

    /** attr_list: {@code { .md-button }}, {@code {.a.b #id key=value}}, {@code {: .class }}. */
    private static final Pattern ATTR_LIST = Pattern.compile(
            "\\{:?(?:\\s*+(?:[.#][\\w-]++|[\\w-]++=(?:\"[^\"]*+\"|'[^']*+'|[^\\s}\"']++)))++\\s*+\\}");
    private static final Pattern HEADING_ID = Pattern.compile("#([\\w-]+)");
    private static final Pattern ICON = Pattern.compile(":(?:material|fontawesome|octicons|simple)-[\\w-]+:");
    // Possessive or bounded quantifiers throughout: these run at every '{', '+' and '=' of a page, and an
    // unclosed run must not make them backtrack quadratically.
    private static final Pattern KEYS = Pattern.compile("\\+\\+[^+\\s](?:[^+]|\\+(?!\\+)){0,100}?\\+\\+");
    private static final Pattern MARK = Pattern.compile("==(?=\\S)(.{1,500}?)(?<=\\S)==");
    private static final Pattern TAG_NAME = Pattern.compile("^<(/?)([A-Za-z][\\w-]*)");
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(?:\\n|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGCAPTION = Pattern.compile("^\\s*<figcaption\\b[^>]*>(.*?)</figcaption>\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private final Parser parser;
    /**
     * MDX has no indented code: text indented inside a component is prose. Built on the first MDX page: a
     * site of plain Markdown never needs it, and building a flexmark parser is part of every run's start.
     */
    private volatile Parser mdxParser;
    private final Renderer renderer;
    /**
     * The translated page being parsed on this thread and the source paragraphs it may copy, for the inline
     * parser flexmark makes for each parse (its factory is given the parser's options, nothing of the call).
     * Set only for the length of one {@link #parse(String, String, VerbatimSource)} call.
     */
    private final ThreadLocal<Reuse> reusing = new ThreadLocal<>();
    /**
     * Each thread's inline parser, by the options of the flexmark parser that asked for it (CommonMark's or MDX's):
     * made once, not for every page, since its constructor compiles flexmark's few dozen regexes. flexmark sets it
     * up again for each document ({@code initializeDocument}) and each block ({@code parse}); one whose parse threw
     * is dropped (see {@link #flexmarkParse}).
     */
    private final ThreadLocal<IdentityHashMap<DataHolder, PageInlineParser>> inlineParsers =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** A CommonMark parser. */
    public MarkdownParser() {
        this(Renderer.COMMONMARK);
    }

    public MarkdownParser(Renderer renderer) {
        this.renderer = renderer;
        this.parser = BlockFactoriesPerThread.install(builder(flexmarkOptions()).build());
    }

    /** The MDX parser, built by the first thread that needs it. */
    private Parser mdxParser() {
        Parser mdx = mdxParser;
        if (mdx == null) {
            synchronized (this) {
                mdx = mdxParser;
                if (mdx == null) {
                    MutableDataSet options = flexmarkOptions();
                    options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
                    mdx = BlockFactoriesPerThread.install(builder(options).build());
                    mdxParser = mdx;
                }
            }
        }
        return mdx;
    }

    /** flexmark's options for every page (MDX's leave out indented code). */
    static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        // mkdocs tables need no leading/trailing pipes and may be ragged.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        // GFM and Python-Markdown take `| -- |` (one hyphen or more) as a separator; flexmark wants three.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        return options;
    }

    /** Whether both flexmark parsers make their block parser factories once per thread (for tests). */
    boolean blockFactoriesPerThread() {
        return BlockFactoriesPerThread.installed(parser) && BlockFactoriesPerThread.installed(mdxParser());
    }

    /** flexmark's tree of a text as this parser's flexmark reads it, nothing taken from a source page (for tests). */
    Node flexmarkTree(String text) {
        return parser.parse(text);
    }

    /**
     * flexmark's builder with our inline parser factory. flexmark adds its link reference definitions' paragraph
     * pre-processor only with its own factory: it is added here, last, as flexmark adds it (after the extensions'
     * pre-processors, which the builder has registered by now).
     */
    private Parser.Builder builder(MutableDataSet options) {
        // The tables extension only registers its paragraph pre-processor: registered here, made once per thread.
        MutableDataSet withoutTables = new MutableDataSet(options);
        withoutTables.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(e -> !(e instanceof TablesExtension)).toList());
        Parser.Builder builder = Parser.builder(withoutTables).customInlineParserFactory(this::inlineParser)
                .paragraphPreProcessorFactory(new TablesPerThread());
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    /** flexmark's inline parser; while a translated page is parsed, one that passes over its copies. */
    private InlineParser inlineParser(DataHolder options,
            BitSet special, BitSet delimiters,
            Map<Character, DelimiterProcessor> processors,
            LinkRefProcessorData linkRefs,
            List<InlineParserExtensionFactory> extensions) {
        PageInlineParser inline = inlineParsers.get().computeIfAbsent(options,
                o -> new PageInlineParser(o, special, delimiters, processors, linkRefs, extensions));
        inline.reuse = reusing.get();
        return inline;
    }

    /**
     * flexmark's tables pre-processor, made once per thread for a flexmark parser instead of for every page (its
     * constructor compiles the separator row's regex; it holds the parser's table options and that regex, and is
     * given each page's state with each paragraph). Its order among the pre-processors is flexmark's own.
     */
    private static final class TablesPerThread extends OrderedAs implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        private final ThreadLocal<ParagraphPreProcessor> made = new ThreadLocal<>();

        TablesPerThread() {
            this(TableParagraphPreProcessor.Factory());
        }

        private TablesPerThread(ParagraphPreProcessorFactory tables) {
            super(tables);
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor p = made.get();
            if (p == null) {
                p = tables.apply(state);
                made.set(p);
            }
            return p;
        }
    }

    /** What stands in for one of flexmark's factories takes its place in flexmark's order: the same dependencies. */
    private abstract static class OrderedAs implements Dependent {
        private final Dependent of;

        OrderedAs(Dependent of) {
            this.of = of;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return of.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return of.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return of.affectsGlobalScope();
        }
    }

    /**
     * flexmark's block parser factories, made once per thread for a flexmark parser instead of for every page.
     * flexmark's parser asks each of its block parser factories' makers for a new factory at every page, and some
     * compile regexes there or at their first use (headings' lead-in patterns, HTML blocks' tag patterns) or read a
     * few dozen options (lists). The factories hold only what they derive from the parser's options (and, for HTML
     * blocks, from the inline parser's {@code Parsing}, itself a function of the options); the pages' state is in the
     * block parsers they start, so one factory serves a thread's pages one after the other.
     *
     * <p>flexmark resolves the order of its core and extensions' factories by their classes when it builds the parser,
     * and keeps the resolved list in a private field with no other way in: each element is wrapped there, in place, so
     * the order stays flexmark's. A flexmark whose parser no longer has that list is left as it is (slower, same
     * trees); {@code FlexmarkTreeTest} holds the trees to flexmark's own and checks that the list was wrapped.
     */
    static final class BlockFactoriesPerThread extends OrderedAs implements CustomBlockParserFactory {
        private final CustomBlockParserFactory factory;
        private final ThreadLocal<Made> made = new ThreadLocal<>();

        /** A factory and the options it was made with. */
        private record Made(DataHolder options, BlockParserFactory factory) {
        }

        private BlockFactoriesPerThread(CustomBlockParserFactory factory) {
            super(factory);
            this.factory = factory;
        }

        /** {@code parser}, its block parser factories wrapped (see above). */
        static Parser install(Parser parser) {
            List<CustomBlockParserFactory> factories = factories(parser);
            try {
                if (factories != null) factories.replaceAll(BlockFactoriesPerThread::new);
            } catch (UnsupportedOperationException e) {
                // a list that cannot be changed: flexmark's own factories, made per page
            }
            return parser;
        }

        /** Whether {@code parser}'s block parser factories are made once per thread (for tests). */
        static boolean installed(Parser parser) {
            List<CustomBlockParserFactory> factories = factories(parser);
            return factories != null && !factories.isEmpty()
                    && factories.stream().allMatch(f -> f instanceof BlockFactoriesPerThread);
        }

        /** flexmark's resolved list of a parser's block parser factories, or null when it cannot be read. */
        @SuppressWarnings("unchecked")
        private static List<CustomBlockParserFactory> factories(Parser parser) {
            try {
                java.lang.reflect.Field field = Parser.class.getDeclaredField("blockParserFactories");
                field.setAccessible(true);
                return (List<CustomBlockParserFactory>) field.get(parser);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            Made m = made.get();
            // The parser passes its own options every time; another holder would get a factory of its own.
            if (m == null || m.options() != options) {
                BlockParserFactory f = factory.apply(options);
                Opens opens = OPENERS.get(factory.getClass());
                m = new Made(options, opens == null ? f : new Gated(f, opens));
                made.set(m);
            }
            return m.factory();
        }

        /**
         * Which lines a block of these kinds can start on. flexmark asks every factory about every line, and these run
         * a regex anchored at the line's first non-space character before anything else that could start a block or
         * change the parser's state: fences {@code ^`{3,}|^~{3,}}, ATX headings {@code ^#{1,6}} and setext underlines
         * {@code ^(?:=+|-+)[ \t]*$}, thematic breaks (three or more of one of {@code *_-}, with spaces or tabs between,
         * and nothing else), footnote definitions {@code ^\[\^}, list markers {@code ^[+*-]} and {@code ^\d{1,9}[.)]}
         * followed by a space, a tab or the line's end.
         * The tests below let through every line those regexes can match (a line terminator where {@code $} may stand
         * before one). The list factory also keeps state across the lines of an open list (a line its items have already
         * read as a new item): inside a list it is always asked. HTML blocks are left alone (their factory tests its {@code <}
         * first itself). {@code FlexmarkTreeTest} holds the trees to flexmark's own.
         */
        private static final Map<Class<?>, Opens> OPENERS = Map.of(
                FencedCodeBlockParser.Factory.class, (line, first, matched) -> {
                    char c = charAt(line, first);
                    return c == '`' || c == '~';
                },
                HeadingParser.Factory.class, (line, first, matched) -> {
                    char c = charAt(line, first);
                    return c == '#' || (c == '=' || c == '-') && onlyRunOf(line, first, c);
                },
                ThematicBreakParser.Factory.class, (line, first, matched) -> {
                    char c = charAt(line, first);
                    return (c == '*' || c == '_' || c == '-') && onlyRunOf(line, first, c);
                },
                FootnoteBlockParser.Factory.class, (line, first, matched) ->
                        charAt(line, first) == '[' && charAt(line, first + 1) == '^',
                ListBlockParser.Factory.class, (line, first, matched) ->
                        listMarker(line, first) || insideList(matched));

        /**
         * Whether a list marker as flexmark's regex reads one ({@code ^([+*-])(?= |\t|$)|^(\d{1,9})([.)])(?= |\t|$)})
         * may start at {@code first}: a bullet or one to nine digits and {@code .} or {@code )}, then a space, a tab,
         * the line's end or a line terminator. A line starting with {@code **bold**} or a year is none, and the regex's
         * {@code find} would have tried it at every character of the line.
         */
        private static boolean listMarker(BasedSequence line, int first) {
            char c = charAt(line, first);
            int after;
            if (c == '+' || c == '*' || c == '-') {
                after = first + 1;
            } else if (c >= '0' && c <= '9') {
                int i = first;
                while (i < line.length() && i - first < 9 && line.charAt(i) >= '0' && line.charAt(i) <= '9') i++;
                char d = charAt(line, i); // after nine digits a tenth is no delimiter
                if (d != '.' && d != ')') return false;
                after = i + 1;
            } else {
                return false;
            }
            if (after >= line.length()) return true;
            char next = line.charAt(after);
            return spaceTabOrLineEnd(next);
        }

        /**
         * Inside an open list flexmark's list factory is asked about every line: there it also reads and may clear the
         * list's "line handled by its item" mark, which a gate cannot see without reading flexmark's private state.
         */
        private static boolean insideList(MatchedBlockParser matched) {
            return matched.getBlockParser() instanceof ListBlockParser
                    || matched.getBlockParser().getBlock().getAncestorOfType(ListBlock.class) != null;
        }

        /** The character at {@code i}, or 0 past the line's end. */
        private static char charAt(BasedSequence line, int i) {
            return i < line.length() ? line.charAt(i) : 0;
        }

        /** A space, a tab or a line terminator as flexmark's regexes read one (where {@code $} may stand before it). */
        private static boolean spaceTabOrLineEnd(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        /** Whether a line, from {@code first} on, holds only {@code c}, spaces, tabs and line terminators. */
        private static boolean onlyRunOf(BasedSequence line, int first, char c) {
            for (int i = first; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch != c && !spaceTabOrLineEnd(ch)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a block can start on a line whose first non-space character is at {@code first}. */
        private interface Opens {
            boolean at(BasedSequence line, int first, MatchedBlockParser matched);
        }

        /** A factory asked only about the lines it can start a block on. */
        private record Gated(BlockParserFactory factory, Opens opens) implements BlockParserFactory {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (!opens.at(state.getLine(), state.getNextNonSpaceIndex(), matched)) return BlockStart.none();
                return factory.tryStart(state, matched);
            }
        }
    }

    /** A parsed source page and what its translations may take where they copy it. */
    public record SourcePage(Document document, VerbatimSource verbatim) {
    }

    /** Parses a page's text (line endings already normalized to {@code \n}, no BOM). */
    public Document parse(String path, String text) {
        return parse(path, text, null, false).document();
    }

    /** Parses a source page, keeping its paragraphs for {@link #parse(String, String, VerbatimSource)}. */
    public SourcePage parseSource(String path, String text) {
        Parsed parsed = parse(path, text, null, true);
        return new SourcePage(parsed.document(), parsed.kept());
    }

    /**
     * Parses a translated page: a paragraph that copies one of {@code source}'s takes what was made of it there
     * (see {@link VerbatimSource}); the model is the one {@link #parse(String, String)} makes.
     */
    public Document parse(String path, String text, VerbatimSource source) {
        return parse(path, text, source, false).document();
    }

    /**
     * A page's model, what its translations may take where they copy it ({@code kept}, a source page's only), and
     * how many of its paragraphs it took from its source page ({@code copies}, for tests).
     */
    record Parsed(Document document, VerbatimSource kept, int copies) {
    }

    /**
     * @param source the source page's paragraphs a translated page may copy, or null
     * @param keep   whether to keep this page's own paragraphs for its translations (a source page)
     */
    Parsed parse(String path, String text, VerbatimSource source, boolean keep) {
        PageLines page = new PageLines(text);
        String[] original = page.lines();
        List<ParseProblem> problems = new ArrayList<>();

        int bodyStart = frontMatterEnd(original);
        String[] forScan = original.clone();
        for (int i = 0; i < bodyStart; i++) forScan[i] = " ".repeat(forScan[i].length());
        Flavor flavor = Flavor.of(renderer, path);
        Syntaxes syntaxes = Syntaxes.of(flavor);
        boolean definitionLists = renderer == Renderer.PYTHON_MARKDOWN || renderer == Renderer.GOLDMARK;
        int[] dedented = flavor.mdx() ? MdxIndentation.dedent(forScan, bodyStart)
                : renderer == Renderer.PYTHON_MARKDOWN ? PythonMarkdownLists.nest(forScan, bodyStart)
                : new int[forScan.length];
        ContainerScanner.Result scan = ContainerScanner.scan(forScan, bodyStart, syntaxes, definitionLists, flavor.mdx());
        String parsedText = sameLines(scan.lines(), original) ? text : String.join("\n", scan.lines());
        int[] shift = scan.shift();
        for (int i = 0; i < shift.length; i++) shift[i] += dedented[i];
        SourceMap map = new SourceMap(scan.lines(), shift);

        List<Block> blocks = new ArrayList<>();
        Map<String, String> frontMatter = new java.util.LinkedHashMap<>();
        String yaml = null;
        FrontMatterReader.Result yamlRead = null;
        if (bodyStart > 0) {
            yaml = bodyStart > 2 ? page.join(1, bodyStart - 1) + "\n" : "";
            // A translated page's front matter is often its source page's, untouched: its reading is a function of
            // its text alone.
            yamlRead = source != null && yaml.equals(source.yaml) ? source.yamlRead : FrontMatterReader.read(yaml);
            Block fm = frontMatterBlock(yamlRead, page, bodyStart, map, frontMatter, problems);
            if (fm != null) blocks.add(fm);
        }

        // A copy is taken only where the walk reads text as its source page's did (same syntaxes, in place).
        boolean inPlace = parsedText.indexOf('\0') < 0;
        Reuse reuse = source != null && flavor.equals(source.flavor) && inPlace ? new Reuse(source, parsedText, map) : null;
        Node root;
        if (reuse == null) {
            root = flexmarkParse(flavor.mdx() ? mdxParser() : parser, parsedText);
        } else {
            reusing.set(reuse);
            try {
                root = flexmarkParse(flavor.mdx() ? mdxParser() : parser, parsedText);
            } finally {
                reusing.remove();
            }
        }
        Walker walker = new Walker(map, original, page, parsedText, root, syntaxes, renderer == Renderer.PYTHON_MARKDOWN,
                pymdownxInlines(flavor), inPlace);
        VerbatimSource kept = keep
                ? new VerbatimSource(flavor, VerbatimSource.references((com.vladsch.flexmark.util.ast.Document) root), yaml, yamlRead)
                : null;
        if (inPlace) walker.keep = kept;
        walker.reuse = reuse;
        walker.walk(root, 0);
        int copies = reuse == null ? 0 : reuse.taken.size();
        List<Block> body = walker.blocks;

        // Containers go before their body; body blocks nest one level deeper per enclosing container.
        List<ContainerScanner.Container> containers = scan.containers().stream()
                .filter(k -> k.kind() != ContainerScanner.Kind.WRAPPER).toList();
        List<Block> extra = new ArrayList<>();
        for (ContainerScanner.Container k : containers) {
            Block b = containerBlock(k, containers, original, page, map);
            if (b != null) extra.add(b);
        }
        for (ContainerScanner.Directive d : scan.directives()) {
            extra.add(directiveBlock(d, containers, original, page, map));
        }
        extra.sort(java.util.Comparator.comparingInt(Block::line));
        List<Block> merged = new ArrayList<>(body.size() + extra.size());
        int c = 0;
        for (Block block : body) {
            while (c < extra.size() && extra.get(c).line() < block.line()) merged.add(extra.get(c++));
            merged.add(block.deeper(enclosing(containers, block.line() - 1)));
        }
        while (c < extra.size()) merged.add(extra.get(c++));
        blocks.addAll(merged);

        List<Block> indexed = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) indexed.add(blocks.get(i).withIndex(i));
        return new Parsed(new Document(path, List.copyOf(indexed), java.util.Collections.unmodifiableMap(frontMatter),
                List.copyOf(problems), original.length, text), kept, copies);
    }

    /**
     * flexmark's parse of a text. A parse that throws (a stack overflow on a pathological page, which the checker
     * reports as a skipped page) may leave the thread's inline parser holding a block's text: it is dropped.
     */
    private Node flexmarkParse(Parser flexmark, String text) {
        try {
            return flexmark.parse(text);
        } catch (RuntimeException | Error e) {
            inlineParsers.remove();
            throw e;
        }
    }

    /** Whether the scan left every line as it was (the same strings): then the parsed text is the page's. */
    private static boolean sameLines(String[] scanned, String[] original) {
        if (scanned.length != original.length) return false;
        for (int i = 0; i < scanned.length; i++) {
            if (scanned[i] != original[i]) return false;
        }
        return true;
    }

    /**
     * pymdownx's inline syntax (keys, marks) on mkdocs sites, and where the renderer is not known; never
     * in MDX or on Hugo, where {@code C++ ("x") ++} is just text.
     */
    private static boolean pymdownxInlines(Flavor flavor) {
        return !flavor.mdx() && flavor.renderer() != Renderer.GOLDMARK;
    }

    /** Number of lines the front matter occupies (0 when the page has none). */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) return 0;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) return i + 1;
        }
        return 0; // unclosed: not front matter, a thematic break
    }

    /** @param result the reading of the YAML between the page's first line and line {@code end} */
    private static Block frontMatterBlock(FrontMatterReader.Result result, PageLines page, int end, SourceMap map,
                                          Map<String, String> values, List<ParseProblem> problems) {
        if (result.error() != null) {
            problems.add(new ParseProblem("front-matter", new Position(result.errorLine() + 2, 1), result.error()));
        }
        List<Prose> texts = new ArrayList<>();
        for (FrontMatterReader.Entry e : result.entries().values()) {
            values.put(e.key(), e.value());
            if (TRANSLATABLE_KEY.matcher(e.key()).matches()) {
                int fileLine = e.line() + 1; // YAML starts on the file's second line
                int offset = map.offset(fileLine, e.column());
                texts.add(markupProse(e.value(), offset, map));
            }
        }
        String raw = page.join(0, end);
        List<Inline> inlines = new ArrayList<>();
        return Block.at(new Position(1, 1), end, 0, raw).texts(texts).inlines(inlines).plain(BlockKind.FRONT_MATTER);
    }

    private static int enclosing(List<ContainerScanner.Container> containers, int line0) {
        int depth = 0;
        for (ContainerScanner.Container c : containers) {
            if (c.start() < line0 && line0 <= c.end()) depth++;
            if (c.start() > line0) break;
        }
        return depth;
    }

    /** Lines of template, component or include syntax: they align like blocks but hold no prose. */
    private static Block directiveBlock(ContainerScanner.Directive d, List<ContainerScanner.Container> containers,
                                        String[] original, PageLines page, SourceMap map) {
        String raw = page.join(d.start(), d.end() + 1);
        int column = original[d.start()].length() - original[d.start()].stripLeading().length() + 1;
        return Block.at(new Position(d.start() + 1, column), d.end() + 1, enclosing(containers, d.start()), raw)
                .directive(d.syntax());
    }

    private static Block containerBlock(ContainerScanner.Container c, List<ContainerScanner.Container> all,
                                        String[] original, PageLines page, SourceMap map) {
        if (c.kind() == ContainerScanner.Kind.DEFINITION) {
            // The term, a paragraph of its own; the definition's blocks follow one level deeper.
            if (c.titleRaw() == null || c.titleRaw().isBlank()) return null;
            int offset = map.offset(c.titleLine(), c.titleColumn());
            Prose term = markupProse(c.titleRaw(), offset, map);
            return Block.at(new Position(c.titleLine() + 1, c.titleColumn() + 1), c.titleLine() + 1,
                    enclosing(all, c.start()), original[c.titleLine()])
                    .texts(term.isBlank() ? List.of() : List.of(term)).plain(BlockKind.PARAGRAPH);
        }
        return admonitionBlock(c, all, page, map);
    }

    private static Block admonitionBlock(ContainerScanner.Container c, List<ContainerScanner.Container> all,
                                         PageLines page, SourceMap map) {
        List<Prose> texts = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        if (c.titleRaw() != null && !c.titleRaw().isBlank()) {
            int offset = map.offset(c.titleLine(), c.titleColumn());
            texts.add(markupProse(c.titleRaw(), offset, map));
        }
        Position start = map.position(map.offset(c.start(), c.markerColumn()));
        int headerEnd = Math.max(c.start(), c.titleLine());
        String raw = page.join(c.start(), headerEnd + 1);
        Block.Builder block = Block.at(start, c.end() + 1, enclosing(all, c.start()), raw).texts(texts).inlines(inlines);
        return c.isTab() ? block.plain(BlockKind.TAB) : block.admonition(c.admonition());
    }

    /**
     * Prose from a short piece of markup that flexmark did not parse (titles, front-matter values,
     * figcaptions): HTML tags and emphasis markers are dropped, code spans become {@link Prose#CODE}.
     */
    static Prose markupProse(String raw, int startOffset, SourceMap map) {
        Prose.Builder b = new Prose.Builder(map);
        int i = 0;
        while (i < raw.length()) {
            char ch = raw.charAt(i);
            if (ch == '<') {
                Matcher tag = HTML_TAG.matcher(raw).region(i, raw.length());
                if (tag.lookingAt()) {
                    i = tag.end();
                    continue;
                }
            }
            if (ch == '`') {
                int close = raw.indexOf('`', i + 1);
                if (close > i) {
                    b.append(Prose.CODE, startOffset + i);
                    i = close + 1;
                    continue;
                }
            }
            if (ch == '*' || ch == '_' && (i == 0 || !Character.isLetterOrDigit(raw.charAt(i - 1)))) {
                i++;
                continue;
            }
            b.append(ch, startOffset + i);
            i++;
        }
        return b.build();
    }

    /** A translated page in the parse: the source paragraphs it may copy, and those it copies. */
    private static final class Reuse {
        final VerbatimSource source;
        final String parsed;
        final SourceMap map;
        /** The paragraphs and headings taken, by their node. */
        final IdentityHashMap<Node, VerbatimSource.Collected> taken = new IdentityHashMap<>();
        /** Whether the two pages define the same references and notes; decided at the first paragraph. */
        private Boolean sameReferences;

        Reuse(VerbatimSource source, String parsed, SourceMap map) {
            this.source = source;
            this.parsed = parsed;
            this.map = map;
        }

        /**
         * Whether {@code node} (a paragraph the walk reads alone, or a heading) copies a source one: then it is taken,
         * and its inlines need no parse.
         */
        boolean take(Node node, com.vladsch.flexmark.util.ast.Document document) {
            if (node instanceof Paragraph p ? !VerbatimSource.eligible(p) : !(node instanceof Heading)) return false;
            // Inlines are parsed once every block is closed: the page's definitions are all read by now.
            if (sameReferences == null) sameReferences = source.references.equals(VerbatimSource.references(document));
            if (!sameReferences) return false;
            VerbatimSource.Collected copied = node instanceof Paragraph p ? source.find(p, parsed, map)
                    : source.find((Heading) node, parsed, map);
            if (copied == null) return false;
            taken.put(node, copied);
            return true;
        }
    }

    /**
     * flexmark's inline parser (one per thread, see {@link #inlineParsers}), with two changes that leave its result
     * as it was: on a translated page it passes over the paragraphs copied from the source page ({@code reuse}), and
     * its regex matches read the match's bounds from the matcher. flexmark's own {@code match} takes them through
     * {@code Matcher.toMatchResult()}, which on Java 17 copies the whole input to a string first: a paragraph's text
     * copied (a virtual {@code charAt} per character) at every link's closing bracket, every code span and every
     * inline tag. The bounds are the same numbers either way. ({@code matchWithGroups}, which none of our
     * extensions calls, is left as it is.)
     */
    private static final class PageInlineParser extends CommonmarkInlineParser {
        /** The copies the page being parsed may take, or null; set for each page. */
        Reuse reuse;
        private com.vladsch.flexmark.util.ast.Document document;

        PageInlineParser(DataHolder options, BitSet special,
                         BitSet delimiters,
                         Map<Character, DelimiterProcessor> processors,
                         LinkRefProcessorData linkRefs,
                         List<InlineParserExtensionFactory> extensions) {
            super(options, special, delimiters, processors, linkRefs, extensions);
        }

        @Override
        public void initializeDocument(com.vladsch.flexmark.util.ast.Document document) {
            super.initializeDocument(document);
            this.document = document;
        }

        @Override
        public void parse(BasedSequence input, Node node) {
            if (reuse != null && document != null && reuse.take(node, document)) return;
            super.parse(input, node);
        }

        /**
         * flexmark's {@code matcher} made a matcher (its group arrays, cleared twice) at every call; this one keeps a
         * matcher per pattern, reset to the block's input when it reads another, and sets its region: the same search
         * ({@code find} from {@code index}), with the region's default bounds as a new matcher has them.
         */
        @Override
        public BasedSequence match(Pattern re) {
            if (index >= input.length()) return null;
            Matcher m = reused(re);
            m.region(index, input.length());
            if (!m.find()) return null;
            index = m.end();
            return input.subSequence(m.start(), m.end());
        }

        /** The patterns {@link #match} was asked about, and their matchers (a few dozen patterns at most). */
        private final IdentityHashMap<Pattern, Reused> matchers = new IdentityHashMap<>();

        /** A matcher kept for its pattern, and the input it was last set to. */
        private static final class Reused {
            final Matcher matcher;
            BasedSequence text;

            Reused(Matcher matcher, BasedSequence text) {
                this.matcher = matcher;
                this.text = text;
            }
        }

        private Matcher reused(Pattern re) {
            Reused r = matchers.get(re);
            if (r == null) {
                r = new Reused(re.matcher(input), input);
                matchers.put(re, r);
                return r.matcher;
            }
            if (r.text != input) {
                r.matcher.reset(input);
                r.text = input;
            }
            return r.matcher;
        }
    }

    /** Walks flexmark's block tree, emitting blocks in source order. */
    private static final class Walker {
        final SourceMap map;
        final String[] original;
        final PageLines page;
        /** The text flexmark parsed: nodes' offsets are into it. */
        final String parsed;
        final Node root;
        final Syntaxes syntaxes;
        final boolean pythonMarkdown;
        final boolean pymdownx;
        /** Whether texts can be read in place in the parsed text: flexmark reads NUL as U+FFFD, so not if it has one. */
        final boolean inPlace;
        /** The ASCII characters at which a text's scan may find a token (see {@link InlineCollector#text}). */
        final boolean[] asciiStops;
        /** The token patterns' matchers, made once per page for its collectors (the walk is one thread's). */
        final TokenMatchers matchers = new TokenMatchers();
        final List<Block> blocks = new ArrayList<>();
        /** On a source page, where its paragraphs are kept for its translations; else null. */
        VerbatimSource keep;
        /** On a translated page, the copies of source paragraphs flexmark passed over; else null. */
        Reuse reuse;

        Walker(SourceMap map, String[] original, PageLines page, String parsed, Node root, Syntaxes syntaxes,
               boolean pythonMarkdown, boolean pymdownx, boolean inPlace) {
            this.map = map;
            this.original = original;
            this.page = page;
            this.parsed = parsed;
            this.root = root;
            this.syntaxes = syntaxes;
            this.pythonMarkdown = pythonMarkdown;
            this.pymdownx = pymdownx;
            this.inPlace = inPlace && root.getChars().getBase() instanceof String;
            this.prose = new Prose.Builder(map);
            this.asciiStops = new boolean[128];
            for (char c = 0; c < 128; c++) {
                asciiStops[c] = c == '{' || c == ':' || pymdownx && (c == '+' || c == '=') || syntaxes.mayStart(c);
            }
        }

        /**
         * The prose builder the page's collectors take in turn: each is done with it (its prose built, a copy) before
         * the walk makes the next.
         */
        private final Prose.Builder prose;

        /** A collector for node {@code n}'s inline content, with room for as many characters of prose as it has. */
        InlineCollector collector(Node n) {
            return new InlineCollector(map, syntaxes, pythonMarkdown, pymdownx, inPlace, asciiStops, matchers,
                    prose.reset(n.getTextLength()));
        }

        void walk(Node parent, int depth) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) walkNode(n, depth);
        }

        void walkNode(Node n, int depth) {
            if (n instanceof Heading h) {
                heading(h, depth);
            } else if (n instanceof Paragraph p) {
                paragraph(p, depth);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                walk(n, depth);
            } else if (n instanceof ListItem item) {
                listItem(item, depth);
            } else if (n instanceof BlockQuote q) {
                quote(q, depth);
            } else if (n instanceof FencedCodeBlock f) {
                blocks.add(at(n, depth).code(string(f.getInfo()).strip()));
            } else if (n instanceof IndentedCodeBlock) {
                blocks.add(at(n, depth).code(""));
            } else if (n instanceof HtmlCommentBlock) {
                // Comments are not content (suppression comments are read from the raw lines).
            } else if (n instanceof HtmlBlock) {
                html(n, depth);
            } else if (n instanceof TableBlock t) {
                table(t, depth);
            } else if (n instanceof ThematicBreak) {
                blocks.add(at(n, depth).plain(BlockKind.THEMATIC_BREAK));
            } else if (n instanceof FootnoteBlock fb) {
                InlineCollector ic = collector(fb);
                for (Node child = fb.getFirstChild(); child != null; child = child.getNext()) {
                    if (!(child instanceof Paragraph)) continue;
                    // Paragraphs of one note are separate sentences: never glue "…hours." to "AdGuard DNS:".
                    ic.text.space(child.getStartOffset());
                    ic.collect(child);
                }
                blocks.add(at(n, depth).texts(nonBlank(ic.prose())).inlines(ic.inlines).footnote(string(fb.getText())));
            } else if (n instanceof Reference) {
                // Link reference definitions are resolved into the links that use them.
            } else {
                walk(n, depth);
            }
        }

        void heading(Heading h, int depth) {
            VerbatimSource.Collected c = reuse == null ? null : reuse.taken.get(h);
            if (c == null) {
                InlineCollector ic = collector(h);
                ic.collect(h);
                c = new VerbatimSource.Collected(ic.prose(), ic.inlines, List.of(), false);
                if (keep != null) {
                    VerbatimSource.Located at = VerbatimSource.locate(h, parsed, map);
                    if (at != null) keep.addHeading(at, parsed, c);
                }
            }
            String id = null;
            for (Inline attr : c.inlines()) {
                if (attr.kind() == InlineKind.ATTR_LIST) {
                    Matcher m = HEADING_ID.matcher(attr.text());
                    if (m.find()) id = m.group(1);
                }
            }
            blocks.add(at(h, depth).texts(nonBlank(c.prose())).inlines(c.inlines()).reading(c.reading())
                    .heading(h.getLevel(), id));
        }

        void paragraph(Paragraph p, int depth) {
            VerbatimSource.Collected c = collected(p);
            BlockKind actual = BlockKind.PARAGRAPH;
            List<Prose> texts = nonBlank(c.prose());
            if (c.imageOnly()) {
                actual = BlockKind.IMAGE;
                texts = nonBlank(c.altTexts());
            }
            blocks.add(at(p, depth).texts(texts).inlines(c.inlines()).reading(c.reading()).plain(actual));
        }

        /**
         * A paragraph's prose and inline features: on a translated page, its source paragraph's when it copies one
         * (flexmark left its inlines unparsed); else collected, and kept on a source page.
         */
        VerbatimSource.Collected collected(Paragraph p) {
            if (reuse != null) {
                VerbatimSource.Collected copied = reuse.taken.get(p);
                if (copied != null) return copied;
            }
            InlineCollector ic = collector(p);
            ic.collect(p);
            VerbatimSource.Collected c = new VerbatimSource.Collected(ic.prose(), ic.inlines, ic.altTexts,
                    isImageOnly(p));
            if (keep != null && VerbatimSource.eligible(p)) {
                VerbatimSource.Located at = VerbatimSource.locate(p, parsed, map);
                if (at != null) keep.add(at, parsed, c);
            }
            return c;
        }

        void listItem(ListItem item, int depth) {
            boolean ordered = item instanceof OrderedListItem;
            Node first = item.getFirstChild();
            Prose prose = null;
            List<Inline> inlines = List.of();
            Block.Reading reading = null;
            if (first instanceof Paragraph p) {
                VerbatimSource.Collected c = collected(p);
                prose = c.prose();
                inlines = c.inlines();
                reading = c.reading();
            }
            int end = first instanceof Paragraph ? endLine(first) : map.line(item.getStartOffset());
            String raw = page.join(map.line(item.getStartOffset()) - 1, end);
            blocks.add(Block.at(map.position(item.getStartOffset()), end, depth, raw)
                    .texts(prose == null ? List.of() : nonBlank(prose)).inlines(inlines).reading(reading).listItem(ordered));
            for (Node child = first instanceof Paragraph ? first.getNext() : first; child != null;
                 child = child.getNext()) {
                walkNode(child, depth + 1);
            }
        }

        void quote(BlockQuote q, int depth) {
            Node first = q.getFirstChild();
            if (first instanceof Paragraph p) {
                Matcher alert = ALERT.matcher(p.getChars());
                if (alert.lookingAt()) {
                    String type = alert.group(1).toLowerCase(Locale.ROOT);
                    Admonition a = new Admonition(AdmonitionSyntax.GITHUB_ALERT, type, type, null, false, false);
                    blocks.add(Block.at(map.position(q.getStartOffset()), map.line(q.getEndOffset() - 1), depth,
                            original[map.line(q.getStartOffset()) - 1]).admonition(a));
                    // The paragraph's characters skip each line's "> ", so offsets come from the sequence.
                    if (!p.getChars().subSequence(alert.end(), p.getChars().length()).isBlank()) {
                        int skip = p.getChars().subSequence(alert.end()).getStartOffset();
                        InlineCollector ic = collector(p);
                        ic.skipBefore = skip;
                        ic.collect(p);
                        int bodyLine = map.line(skip);
                        String raw = page.join(bodyLine - 1, endLine(p));
                        blocks.add(Block.at(map.position(skip), endLine(p), depth + 1, raw).texts(nonBlank(ic.prose()))
                                .inlines(ic.inlines).plain(BlockKind.PARAGRAPH));
                    }
                    for (Node child = p.getNext(); child != null; child = child.getNext()) walkNode(child, depth + 1);
                    return;
                }
            }
            blocks.add(Block.at(map.position(q.getStartOffset()), endLine(q), depth,
                    original[map.line(q.getStartOffset()) - 1]).plain(BlockKind.QUOTE));
            walk(q, depth + 1);
        }

        void html(Node n, int depth) {
            String chars = string(n.getChars());
            Matcher fig = FIGCAPTION.matcher(chars);
            if (fig.matches()) {
                Prose caption = markupProse(fig.group(1), n.getStartOffset() + fig.start(1), map);
                blocks.add(at(n, depth).texts(nonBlank(List.of(caption))).inlines(htmlTags(chars, n.getStartOffset()))
                        .plain(BlockKind.FIGCAPTION));
                return;
            }
            blocks.add(at(n, depth).inlines(htmlTags(chars, n.getStartOffset())).plain(BlockKind.HTML));
        }

        List<Inline> htmlTags(String chars, int offset) {
            List<Inline> tags = new ArrayList<>();
            Matcher m = HTML_TAG.matcher(chars);
            while (m.find()) {
                Matcher name = TAG_NAME.matcher(m.group());
                if (name.find()) {
                    tags.add(new Inline(InlineKind.HTML_TAG, name.group(1) + name.group(2).toLowerCase(Locale.ROOT),
                            null, m.group(), map.position(offset + m.start())));
                }
            }
            return tags;
        }

        void table(TableBlock t, int depth) {
            List<List<Prose>> rows = new ArrayList<>();
            List<Inline> inlines = new ArrayList<>();
            List<Prose> texts = new ArrayList<>();
            collectRows(t, rows, inlines, texts);
            blocks.add(at(t, depth).texts(texts).inlines(inlines).table(rows));
        }

        void collectRows(Node node, List<List<Prose>> rows, List<Inline> inlines, List<Prose> texts) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof TableRow row) {
                    List<Prose> cells = new ArrayList<>();
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell) {
                            InlineCollector ic = collector(c);
                            ic.collect(c);
                            Prose prose = ic.prose();
                            cells.add(prose);
                            if (!prose.isBlank()) texts.add(prose);
                            inlines.addAll(ic.inlines);
                        }
                    }
                    rows.add(List.copyOf(cells));
                } else if (n instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
                    // the |---| row is syntax, not content
                } else {
                    collectRows(n, rows, inlines, texts);
                }
            }
        }

        /** A block spanning node {@code n}'s lines. */
        Block.Builder at(Node n, int depth) {
            Position start = map.position(n.getStartOffset());
            int last = endLine(n);
            return Block.at(start, last, depth, page.join(start.line() - 1, Math.min(last, original.length)));
        }

        int endLine(Node n) {
            int end = n.getEndOffset();
            // The parsed text itself, not flexmark's sequence of it (a virtual charAt per character); NUL,
            // which flexmark reads as U+FFFD, is not white space either way.
            while (end > n.getStartOffset() && Character.isWhitespace(parsed.charAt(end - 1))) end--;
            return map.line(Math.max(n.getStartOffset(), end - 1));
        }

        private static boolean isImageOnly(Paragraph p) {
            // Most paragraphs hold no image: ruled out before any text is read (a segmented text's
            // toString reads it a character at a time through a ThreadLocal).
            if (!holdsImage(p)) return false;
            boolean image = false;
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Image || n instanceof ImageRef) {
                    image = true;
                } else if (n instanceof Link l && l.getFirstChild() instanceof Image && l.getFirstChild().getNext() == null) {
                    image = true;
                } else if (n instanceof Text && (n.getChars().isBlank() || ATTR_LIST.matcher(n.getChars().toString().strip()).matches())) {
                    // white space or an attribute list after the image
                } else if (!(n instanceof SoftLineBreak)) {
                    return false;
                }
            }
            return image;
        }

        /** Whether a paragraph's inline nodes (not nested ones) include an image or a link around one. */
        private static boolean holdsImage(Paragraph p) {
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Image || n instanceof ImageRef
                        || n instanceof Link l && l.getFirstChild() instanceof Image && l.getFirstChild().getNext() == null) {
                    return true;
                }
            }
            return false;
        }

        private static List<Prose> nonBlank(List<Prose> prose) {
            if (prose.isEmpty()) return List.of();
            List<Prose> kept = new ArrayList<>(prose.size());
            for (Prose p : prose) if (!p.isBlank()) kept.add(p);
            return java.util.Collections.unmodifiableList(kept);
        }

        private static List<Prose> nonBlank(Prose prose) {
            return prose.isBlank() ? List.of() : List.of(prose);
        }
    }

    /**
     * The matchers of the inline token patterns, each made at its first use on a page and reset to the text it is
     * asked for after: the text is nearly always the page's own, and a matcher made per text node that holds a
     * {@code {} or {@code :} (every attribute list, every colon in prose) was a visible share of the walk.
     */
    private static final class TokenMatchers {
        private static final Pattern[] PATTERNS = {ATTR_LIST, ICON, KEYS, MARK};
        /** The text the matchers read; asked about another, they are made anew over it. */
        private String text;
        private final Matcher[] made = new Matcher[PATTERNS.length];

        /** {@code pattern}'s matcher over {@code text}; the caller sets the region, which resets it. */
        Matcher of(Pattern pattern, String text) {
            if (text != this.text) {
                this.text = text;
                java.util.Arrays.fill(made, null);
            }
            for (int k = 0; k < PATTERNS.length; k++) {
                if (PATTERNS[k] == pattern) return made[k] == null ? made[k] = pattern.matcher(text) : made[k];
            }
            return pattern.matcher(text);
        }
    }

    /** Collects a block's inline features and readable text. */
    private static final class InlineCollector {
        final SourceMap map;
        final Syntaxes syntaxes;
        final boolean pythonMarkdown;
        /** Whether pymdownx inline syntax (keys {@code ++ctrl++}, marks {@code ==x==}) exists on the site. */
        final boolean pymdownx;
        /** See {@link Walker#inPlace}. */
        final boolean inPlace;
        /** See {@link Walker#asciiStops}. */
        final boolean[] asciiStops;
        /** Whether a token may start with a character above ASCII (else those characters are never asked about). */
        final boolean wideStops;
        /** See {@link Walker#matchers}. */
        final TokenMatchers matchers;
        final Prose.Builder text;
        final List<Inline> inlines = new ArrayList<>();
        final List<Prose> altTexts = new ArrayList<>();
        int skipBefore = -1;
        /** Inside inline MathML: its text is notation (mi, mn, mo…), not words to translate. */
        int mathDepth;
        /**
         * The text {@link #text(String, int, int, int)} is reading, as syntaxes read it (a token to the end of
         * the node's own text): made when a syntax is first asked during one call, null before.
         */
        private String ownText;

        InlineCollector(SourceMap map, Syntaxes syntaxes, boolean pythonMarkdown, boolean pymdownx, boolean inPlace,
                        boolean[] asciiStops, TokenMatchers matchers, Prose.Builder text) {
            this.matchers = matchers;
            this.inPlace = inPlace;
            this.asciiStops = asciiStops;
            this.wideStops = !syntaxes.startsOnlyAscii();
            this.map = map;
            this.syntaxes = syntaxes;
            this.pythonMarkdown = pythonMarkdown;
            this.pymdownx = pymdownx;
            this.text = text;
        }

        Prose prose() {
            Prose prose = text.build();
            return pythonMarkdown ? PythonMarkdownEmphasis.apply(prose, inlines) : prose;
        }

        void collect(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) visit(n);
        }

        private void visit(Node n) {
            if (skipBefore >= 0 && n.getEndOffset() <= skipBefore) return;
            if (n instanceof Text) {
                if (mathDepth == 0) text(n.getChars());
            } else if (n instanceof Code code) {
                inlines.add(inline(InlineKind.CODE, string(code.getText()), null, n));
                text.append(Prose.CODE, n.getStartOffset());
            } else if (n instanceof Emphasis e) {
                inlines.add(inline(InlineKind.EMPHASIS, string(e.getText()), null, n));
                collect(n);
            } else if (n instanceof StrongEmphasis s) {
                inlines.add(inline(InlineKind.STRONG, string(s.getText()), null, n));
                collect(n);
            } else if (n instanceof Image img) {
                inlines.add(inline(InlineKind.IMAGE, string(img.getText()), string(img.getUrl()), n));
                altTexts.add(Prose.Builder.of(map, string(img.getText()), img.getTextOpeningMarker().getEndOffset()));
            } else if (n instanceof ImageRef ref) {
                Reference def = ref.getReferenceNode(ref.getDocument());
                inlines.add(inline(InlineKind.IMAGE, string(ref.getText()), def == null ? null : string(def.getUrl()), n));
                altTexts.add(Prose.Builder.of(map, string(ref.getText()), ref.getTextOpeningMarker().getEndOffset()));
            } else if (n instanceof Link link) {
                inlines.add(inline(InlineKind.LINK, plain(link), string(link.getUrl()), n));
                collect(n);
            } else if (n instanceof LinkRef ref) {
                Reference def = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
                if (def == null) {
                    text(n.getChars());
                } else {
                    inlines.add(inline(InlineKind.LINK, string(ref.getText()), string(def.getUrl()), n));
                    collect(n);
                }
            } else if (n instanceof AutoLink || n instanceof MailLink) {
                String url = n instanceof AutoLink a ? string(a.getUrl()) : "mailto:" + ((MailLink) n).getText();
                inlines.add(inline(InlineKind.AUTOLINK, url, url, n));
                text.append(Prose.CODE, n.getStartOffset());
            } else if (n instanceof HtmlInlineComment) {
                // not content
            } else if (n instanceof HtmlInline) {
                Matcher name = TAG_NAME.matcher(n.getChars());
                if (name.find()) {
                    String tag = name.group(2).toLowerCase(Locale.ROOT);
                    if (tag.equals("math")) mathDepth = Math.max(0, mathDepth + (name.group(1).isEmpty() ? 1 : -1));
                    inlines.add(inline(InlineKind.HTML_TAG, name.group(1) + tag, null, n));
                }
            } else if (n instanceof Footnote f) {
                inlines.add(inline(InlineKind.FOOTNOTE_REF, string(f.getText()), null, n));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.space(n.getStartOffset());
            } else if (n.hasChildren()) {
                collect(n);
            } else {
                text(string(n.getChars()), n.getStartOffset());
            }
        }

        /**
         * A node's text, read in place when it is a plain window of the parsed text without NUL (nearly every
         * node's): no copy of it is made only to be scanned and copied again into the prose.
         */
        private void text(BasedSequence chars) {
            if (inPlace && chars instanceof SubSequence && chars.getBase() instanceof String base) {
                text(base, chars.getStartOffset(), chars.getEndOffset(), 0);
            } else {
                text(string(chars), chars.getStartOffset());
            }
        }

        private void text(String chars, int offset) {
            text(chars, 0, chars.length(), offset);
        }

        /**
         * Plain text, stripping tokens that are markup rather than words (attribute lists, icons, keys): the
         * characters {@code from} to {@code to} of {@code chars}, character i at {@code offset + i} of the
         * parsed text.
         */
        private void text(String chars, int from, int to, int offset) {
            // Characters before skipBefore are left out: nothing of them is read.
            int i = Math.max(from, Math.min(to, skipBefore - offset));
            ownText = null;
            // The start of the run of plain characters not appended yet: appended in one copy when a
            // token interrupts it or the text ends, not a character at a time.
            int plain = -1;
            boolean[] stops = asciiStops;
            boolean wide = wideStops;
            while (i < to) {
                char ch = chars.charAt(i);
                if (ch < 128 ? !stops[ch] : !wide || !syntaxes.mayStart(ch)) {
                    // No token starts here (most characters): the plain run goes on, in a loop of its own that
                    // reads only locals, to the next character a token may start with.
                    if (plain < 0) plain = i;
                    i++;
                    while (i < to && ((ch = chars.charAt(i)) < 128 ? !stops[ch] : !wide || !syntaxes.mayStart(ch))) i++;
                    continue;
                }
                int end = token(chars, from, to, i, ch, plain, offset);
                if (end >= 0) {
                    plain = -1;
                    i = end;
                    continue;
                }
                if (plain < 0) plain = i;
                i++;
            }
            appendPlain(chars, plain, to, offset);
        }

        /**
         * The token starting at {@code i} (an attribute list, shortcode, icon, key or mark), with the plain run
         * before it and the token appended: its end, or -1 when none starts there. Out of {@link #text}'s loop
         * so that the loop, hot on every page, compiles small: the regexes and syntaxes here would otherwise be
         * inlined into it and make the JIT compiler's work on it several times larger.
         */
        private int token(String chars, int from, int to, int i, char ch, int plain, int offset) {
            if (ch == '{') {
                int end = markup(InlineKind.ATTR_LIST, ATTR_LIST, chars, i, to, plain, offset);
                if (end >= 0) return end;
            }
            if (syntaxes.mayStart(ch)) {
                // A shortcode, template tag or JSX expression in the text reads as code: no words.
                if (ownText == null) ownText = from == 0 && to == chars.length() ? chars : chars.substring(from, to);
                int end = syntaxes.tokenEnd(ownText, i - from);
                if (end >= 0) end += from;
                if (end > i) {
                    appendPlain(chars, plain, i, offset);
                    text.append(Prose.CODE, offset + i);
                    return end;
                }
            }
            if (ch == ':') {
                int end = markup(InlineKind.ICON, ICON, chars, i, to, plain, offset);
                if (end >= 0) return end;
            } else if (ch == '+' && pymdownx) {
                int end = markup(InlineKind.KEYS, KEYS, chars, i, to, plain, offset);
                if (end >= 0) {
                    text.append(Prose.CODE, offset + i); // keys read as code: no words
                    return end;
                }
            } else if (ch == '=' && pymdownx) {
                Matcher mark = matchers.of(MARK, chars);
                if (mark.region(i, to).lookingAt()) {
                    appendPlain(chars, plain, i, offset);
                    inlines.add(new Inline(InlineKind.MARK, mark.group(1), null, mark.group(), map.position(offset + i)));
                    text.append(mark.group(1), offset + i + 2);
                    return mark.end();
                }
            }
            return -1;
        }

        /** {@link #token} of a {@code kind} that {@code pattern} matches whole, without its words: its end, or -1. */
        private int markup(InlineKind kind, Pattern pattern, String chars, int i, int to, int plain, int offset) {
            Matcher m = matchers.of(pattern, chars);
            if (!m.region(i, to).lookingAt()) return -1;
            appendPlain(chars, plain, i, offset);
            inlines.add(new Inline(kind, m.group(), null, m.group(), map.position(offset + i)));
            return m.end();
        }

        /** Appends the run of plain characters from {@code plain} (none when negative) up to {@code end}; returns -1. */
        private int appendPlain(String chars, int plain, int end, int offset) {
            if (plain >= 0 && end > plain) text.append(chars, plain, end, offset + plain);
            return -1;
        }

        private Inline inline(InlineKind kind, String text, String target, Node n) {
            return new Inline(kind, text, target, string(n.getChars()), map.position(n.getStartOffset()));
        }

        private static String plain(Node n) {
            StringBuilder sb = new StringBuilder();
            // Characters through string(): appending flexmark's sequences copies them a virtual charAt at a time.
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text) sb.append(string(c.getChars()));
                else if (c instanceof Code code) sb.append('`').append(string(code.getText())).append('`');
                else if (c.hasChildren()) sb.append(plain(c));
                else if (c instanceof SoftLineBreak) sb.append(' ');
                else sb.append(string(c.getChars()));
            }
            return sb.toString();
        }
    }

    /**
     * A node's characters as a string. flexmark's toString copies them one virtual {@code charAt} at a
     * time; a plain window of the parsed text (nearly every node's) is a substring, with flexmark's
     * reading of NUL as U+FFFD kept.
     */
    private static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            return text.substring(chars.getStartOffset(), chars.getEndOffset()).replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}
