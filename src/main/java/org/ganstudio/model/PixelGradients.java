package org.ganstudio.model;

/**
 * "Where D wants G to change": for one generated image and one real image, the gradient of G's loss with respect
 * to each pixel (summed over channels, as a magnitude), with D's score for each. Moving a pixel against its gradient
 * makes D more likely to call the image real.
 *
 * @param fake          the generated image (one image)
 * @param fakeGradient  |dLoss_G/dpixel| per pixel of the fake, height x width, row-major
 * @param fakeScore     D's output on the fake
 * @param real          a real training image
 * @param realGradient  the same for the real image, as if G had drawn it
 * @param realScore     D's output on the real image
 */
public record PixelGradients(long step, int cell, ImageBatch fake, float[] fakeGradient, double fakeScore,
                             ImageBatch real, float[] realGradient, double realScore) {
}
