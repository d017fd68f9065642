package dev.lockstep.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sections one revision nested a level deeper: a newer source that put "Prerequisites" and "Configure" under
 * a new h2 heading made them h3 sections, while the older translation still has them as h2. A heading's level
 * is part of what section pairing compares, so the translated h2 "Prerequisites" looked more like another h2
 * section of the source that links what it links (the next group's introduction) than like its own h3 section,
 * and section pairing took that look-alike for sure: the first group was reported missing and the second one
 * paired with the older sections.
 *
 * <p>A sure section pair must beat its rivals by a margin. Here a rival is also a pair of one of its two
 * sections with another section of the other side, at another level, that shares every id, link and code the
 * sure pair shares and is as similar or nearly (within the margin) once the levels count as one: only the level
 * told the two apart, and the level is what a revision that nests sections changes. Neither is then sure, and
 * the sections pair in order by their blocks, where what is under each heading decides.
 */
final class LevelShift {
    private final Signature[] sa;
    private final Signature[] sb;
    private final double ratio;
    /** The section pairs that share an id, a link or code, by source section and by translated section. */
    private final List<List<int[]>> bySource;
    private final List<List<int[]>> byTranslation;

    LevelShift(List<int[]> sharing, Signature[] sa, Signature[] sb, double ratio) {
        this.sa = sa;
        this.sb = sb;
        this.ratio = ratio;
        bySource = index(sharing, 0, sa.length);
        byTranslation = index(sharing, 1, sb.length);
    }

    private static List<List<int[]>> index(List<int[]> pairs, int side, int size) {
        List<List<int[]>> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) out.add(new ArrayList<>());
        for (int[] p : pairs) out.get(p[side]).add(p);
        return out;
    }

    /** Whether the sure candidate {@code i}–{@code j} has such a rival, within {@code margin}. */
    boolean rivalled(int i, int j, double margin) {
        Set<String> evidence = null;
        double own = 0;
        for (List<int[]> pairs : List.of(bySource.get(i), byTranslation.get(j))) {
            for (int[] p : pairs) {
                if (p[0] == i && p[1] == j || sa[p[0]].level == sb[p[1]].level) continue;
                if (evidence == null) {
                    evidence = shared(sa[i], sb[j]);
                    own = sa[i].similarity(sb[j], ratio, false);
                }
                if (shared(sa[p[0]], sb[p[1]]).containsAll(evidence)
                        && sa[p[0]].similarity(sb[p[1]], ratio, false) >= own - margin) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids, link targets and code spans both sections have. */
    private static Set<String> shared(Signature a, Signature b) {
        Set<String> out = new HashSet<>();
        if (a.id != null && a.id.equals(b.id)) out.add("#" + a.id);
        for (String x : a.targets) if (b.targets.contains(x)) out.add("L" + x);
        for (String x : a.codes) if (b.codes.contains(x)) out.add("C" + x);
        return out;
    }
}
