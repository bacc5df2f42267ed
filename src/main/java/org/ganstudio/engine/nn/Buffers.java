package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reusable float arrays keyed by purpose and shape. A step asks for the same few shapes over and
 * over (training batch, the discriminator's doubled batch, inference batches), so after the first
 * step nothing is allocated; a handful of shapes per purpose is the most ever kept.
 */
final class Buffers {

    private static final int MAX_SHAPES_PER_SLOT = 4;

    private final Map<String, Map<String, INDArray>> slots = new HashMap<>();

    /** A c-order float array of this shape for this purpose; contents are whatever was left in it. */
    INDArray get(String slot, long... shape) {
        INDArray recent = lastBySlot.get(slot);
        if (recent != null && Arrays.equals(recent.shape(), shape)) {
            return recent;   // the common case, without building a key
        }
        INDArray a = lookUp(slot, shape);
        lastBySlot.put(slot, a);
        return a;
    }

    private final Map<String, INDArray> lastBySlot = new HashMap<>();

    private INDArray lookUp(String slot, long... shape) {
        Map<String, INDArray> bySlot = slots.computeIfAbsent(slot, k -> new HashMap<>());
        String key = Arrays.toString(shape);
        INDArray a = bySlot.get(key);
        if (a == null) {
            if (bySlot.size() >= MAX_SHAPES_PER_SLOT) {
                bySlot.clear();   // dropped, not closed: a layer may still hold one as its saved input
            }
            a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
            bySlot.put(key, a);
        }
        return a;
    }

    /** Like {@link #get}, but zero-filled when first allocated (callers only ever write part of it). */
    INDArray getZeroed(String slot, long... shape) {
        Map<String, INDArray> bySlot = slots.get(slot);
        boolean fresh = bySlot == null || !bySlot.containsKey(Arrays.toString(shape));
        INDArray a = get(slot, shape);
        if (fresh) {
            a.assign(0);
        }
        return a;
    }

    void clear() {
        slots.clear();
        lastBySlot.clear();
    }
}
