package org.ganstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one session: the first run and the branches made from it (and from branches), in the order they
 * were made. Immutable; {@code version} grows with every publication.
 */
public record RunTree(long version, List<RunInfo> runs) {

    public static final RunTree EMPTY = new RunTree(0, List.of());

    public RunTree {
        runs = List.copyOf(runs);
    }

    /** The active run, or null. */
    public RunInfo active() {
        return runs.stream().filter(RunInfo::active).findFirst().orElse(null);
    }

    public RunInfo byId(int id) {
        return runs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    /** The runs that branched from {@code id} (0: the roots), in the order they were made. */
    public List<RunInfo> children(int id) {
        List<RunInfo> out = new ArrayList<>();
        for (RunInfo r : runs) {
            if (r.parentId() == id) {
                out.add(r);
            }
        }
        return out;
    }

    /** How many branches separate {@code id} from its root (0 for a root). */
    public int depth(int id) {
        int d = 0;
        RunInfo r = byId(id);
        while (r != null && !r.isRoot() && d < runs.size()) {
            r = byId(r.parentId());
            d++;
        }
        return d;
    }
}
