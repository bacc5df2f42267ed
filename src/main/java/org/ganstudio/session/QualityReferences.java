package org.ganstudio.session;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.quality.FeatureNetwork;
import org.ganstudio.engine.quality.QualityInputException;
import org.ganstudio.engine.quality.QualityReference;
import org.ganstudio.engine.quality.TrainingImageIndex;

/**
 * The real-image side of the quality metrics for the session's dataset, computed once and kept while runs on the
 * same dataset come and go (reset, new experiment on the same data): the feature network, the reference statistics
 * and, built on the first nearest-neighbour request, the index of all training images. Engine thread only.
 */
final class QualityReferences {

    private FeatureNetwork network;
    private LoadedDataset data;
    private QualityReference reference;
    private QualityInputException failure;
    private TrainingImageIndex index;
    private long referenceMillis;

    /** The reference for {@code dataset}, computing it if this is a new dataset. */
    QualityReference referenceFor(LoadedDataset dataset) throws QualityInputException {
        if (dataset != data) {
            data = dataset;
            reference = null;
            failure = null;
            index = null;
            long t0 = System.nanoTime();
            try {
                if (network == null) {
                    network = new FeatureNetwork();
                }
                reference = QualityReference.of(network, dataset.pixels(), dataset.shape(), dataset.count());
            } catch (QualityInputException e) {
                failure = e;
            }
            referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        if (failure != null) {
            throw failure;
        }
        return reference;
    }

    TrainingImageIndex indexFor(LoadedDataset dataset) throws QualityInputException {
        QualityReference r = referenceFor(dataset);
        if (index == null) {
            index = new TrainingImageIndex(r, dataset.pixels(), dataset.count());
        }
        return index;
    }

    /** How long the newest reference took to compute (once per dataset). */
    long referenceMillis() {
        return referenceMillis;
    }
}
