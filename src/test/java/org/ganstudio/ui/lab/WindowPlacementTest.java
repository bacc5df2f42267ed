package org.ganstudio.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D LAPTOP_150 = new Rectangle2D(0, 0, 911, 512);
    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void aSmallScreenGetsTheWholeVisibleAreaABigOneThePreferredSizeCentred() {
        assertEquals(new WindowPlacement(0, 0, 1366, 768, false), WindowPlacement.initial(LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 911, 512, false), WindowPlacement.initial(LAPTOP_150));
        assertEquals(new WindowPlacement(320, 140, 1280, 800, false), WindowPlacement.initial(BIG));
    }

    @Test
    void aWindowOnAScreenThatVanishedOpensWholeOnThePrimary() {
        WindowPlacement onRight = new WindowPlacement(2000, 100, 1200, 900, false);
        assertEquals(onRight, onRight.fittedTo(List.of(BIG, RIGHT)), "a screen that is still there keeps the window");
        WindowPlacement fitted = onRight.fittedTo(List.of(LAPTOP));
        assertEquals(WindowPlacement.initial(LAPTOP), fitted);
    }

    @Test
    void aWindowLargerThanTodaysScreenShrinksAndMovesInside() {
        WindowPlacement saved = new WindowPlacement(300, 200, 1600, 1000, true);
        WindowPlacement fitted = saved.fittedTo(List.of(LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 1366, 768, true), fitted);
        WindowPlacement hanging = new WindowPlacement(1000, 600, 800, 500, false).fittedTo(List.of(LAPTOP));
        assertEquals(new WindowPlacement(566, 268, 800, 500, false), hanging);
        assertTrue(hanging.x() + hanging.width() <= LAPTOP.getMaxX());
    }

    @Test
    void aTinySavedSizeGrowsToTheMinimumAndTheScreenThatHoldsMostOfItWins() {
        WindowPlacement tiny = new WindowPlacement(2100, 50, 100, 80, false).fittedTo(List.of(BIG, RIGHT));
        assertEquals(WindowPlacement.MIN_WIDTH, tiny.width());
        assertEquals(WindowPlacement.MIN_HEIGHT, tiny.height());
        assertTrue(tiny.x() >= RIGHT.getMinX(), "stays on the screen it was on");
        assertFalse(tiny.maximized());
    }
}
