package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;

/**
 * The memorisation check for one generated image: the training images nearest to it in the quality feature space.
 *
 * @param step      the training step of the generator that drew {@code generated}
 * @param cell      which cell of the fixed-noise grid was drawn
 * @param generated the generated image (one image)
 * @param neighbours the nearest training images, nearest first
 * @param indices   their positions in the dataset
 * @param distances their feature distances from the generated image (real images of this dataset lie about
 *                  {@code typicalDistance} from their own nearest neighbour)
 * @param typicalDistance median distance of a real image to its nearest other real image, for scale
 * @param indexed   how many training images were searched
 */
public record NearestImages(long step, int cell, ImageBatch generated, ImageBatch neighbours, int[] indices,
                            double[] distances, double typicalDistance, int indexed) {
}
