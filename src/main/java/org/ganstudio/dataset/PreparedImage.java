package org.ganstudio.dataset;

/**
 * One image at the target size as 8-bit planes (1 plane for gray, R, G, B planes for colour), kept as bytes until
 * all images are decoded so that AUTO channel mode can be decided at a quarter of the float memory.
 *
 * @param planes  {@code channels × size × size} bytes, plane after plane
 * @param colour  true when the image has visible colour (only meaningful before a grayscale conversion)
 */
record PreparedImage(byte[] planes, int channels, boolean colour) {
}
