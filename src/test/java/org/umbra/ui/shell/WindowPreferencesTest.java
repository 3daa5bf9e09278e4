package org.umbra.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPreferencesTest {
    /** Two 1920×1080 screens side by side: [0, 1920) and [1920, 3840). */
    private static final List<Rectangle2D> TWO = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 1920, 1080));
    private static final List<Rectangle2D> ONE = TWO.subList(0, 1);

    @Test
    void aWindowOnEitherScreenIsRestoredWhereItWas() {
        assertTrue(WindowPreferences.reachable(new Rectangle2D(100, 100, 1280, 800), ONE));
        assertTrue(WindowPreferences.reachable(new Rectangle2D(2200, 100, 1280, 800), TWO));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNot() {
        // Saved on the second screen, which is unplugged now: 2200 is past the one screen's right edge at 1920.
        assertFalse(WindowPreferences.reachable(new Rectangle2D(2200, 100, 1280, 800), ONE));
        assertFalse(WindowPreferences.reachable(new Rectangle2D(100, 5000, 1280, 800), TWO), "below every screen");
    }

    @Test
    void enoughOfTheTitleBarMustBeOnScreenToGrabIt() {
        // 64 px of the title bar on screen (1856 + 64 = 1920) is enough; 63 is not.
        assertTrue(WindowPreferences.reachable(new Rectangle2D(1856, 100, 1280, 800), ONE));
        assertFalse(WindowPreferences.reachable(new Rectangle2D(1857, 100, 1280, 800), ONE));
        // The title bar above the top edge cannot be grabbed even though the window's body is on screen: y = -17 leaves
        // 15 px of the 32 px bar (under the 16 px needed); y = -16 leaves 16.
        assertFalse(WindowPreferences.reachable(new Rectangle2D(100, -17, 1280, 800), ONE));
        assertTrue(WindowPreferences.reachable(new Rectangle2D(100, -16, 1280, 800), ONE));
    }
}
