package org.ganstudio.session.health;

/**
 * What one detector reads from the history at one check: whether its condition holds, and the figure it compared
 * (for the alarm's sentence).
 */
record Reading(boolean triggered, double value) {

    static final Reading NOT_ENOUGH_DATA = new Reading(false, Double.NaN);
}
