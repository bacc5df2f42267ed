package org.ganstudio.model;

/**
 * One convolutional block: convolution (or upsampling convolution in the generator), optional batch
 * normalisation, activation, optional dropout.
 */
public record BlockSpec(int filters, int kernel, int stride, boolean batchNorm, Activation activation,
                        double slope, double dropout) {

    public BlockSpec withFilters(int f) {
        return new BlockSpec(f, kernel, stride, batchNorm, activation, slope, dropout);
    }
}
