package org.ganstudio.ui.hyperparameters;

import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.ui.common.Texts;

/**
 * Strides for a generator with a chosen number of blocks: its blocks together must grow the start size to the
 * image size (the output layer's stride is kept). The last blocks double the size; earlier ones keep it.
 */
final class GeneratorLayout {

    private GeneratorLayout() {
    }

    /** Block strides for {@code blocks} blocks, or null when no such layout reaches {@code imageSize}. */
    static int[] strides(GeneratorSpec base, int blocks, int imageSize) {
        if (blocks == base.blocks().size() && base.outputSize() == imageSize) {
            return base.blocks().stream().mapToInt(BlockSpec::stride).toArray();
        }
        int grow = base.startSize() * base.outputStride();
        if (grow <= 0 || imageSize % grow != 0) {
            return null;
        }
        int factor = imageSize / grow;
        int doublings = Integer.numberOfTrailingZeros(factor);
        if (Integer.bitCount(factor) != 1 || doublings > blocks) {
            return null;
        }
        int[] strides = new int[blocks];
        for (int i = 0; i < blocks; i++) {
            strides[i] = i >= blocks - doublings ? 2 : 1;
        }
        return strides;
    }

    static String explain(GeneratorSpec base, int blocks, int imageSize) {
        int grow = base.startSize() * base.outputStride();
        int factor = grow > 0 && imageSize % grow == 0 ? imageSize / grow : 0;
        if (factor > 0 && Integer.bitCount(factor) == 1) {
            int needed = Integer.numberOfTrailingZeros(factor);
            return Texts.get(needed == 1 ? "hyperparameters.layout.needsOne" : "hyperparameters.layout.needs",
                    Integer.toString(needed), Integer.toString(base.startSize()), Integer.toString(imageSize),
                    Integer.toString(blocks));
        }
        return Texts.get("hyperparameters.layout.cannot", Integer.toString(base.startSize()), Integer.toString(imageSize),
                Integer.toString(blocks));
    }
}
