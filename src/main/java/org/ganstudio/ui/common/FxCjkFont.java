package org.ganstudio.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * A font for Chinese words. JavaFX's default font on Linux ("System", from fontconfig) falls back to a CJK font for
 * each missing glyph, but glyph by glyph, so Latin and Chinese come from different fonts and lines look uneven. When
 * the lab speaks Chinese its root is given the first installed family of a short list that has both Latin and CJK
 * glyphs (Noto Sans CJK from {@code fonts-noto-cjk}, which the .deb depends on; WenQuanYi; the Windows and macOS
 * system fonts). Without any of them the default stays: fontconfig still finds some CJK font if one is installed.
 */
public final class FxCjkFont {

    /** Preferred families, in order; names as JavaFX reports them. */
    static final List<String> CANDIDATES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB");

    private static final System.Logger LOG = System.getLogger(FxCjkFont.class.getName());

    private FxCjkFont() {
    }

    /** The family chosen for Chinese among {@code installed}, if any. */
    static Optional<String> choose(Set<String> installed) {
        return CANDIDATES.stream().filter(installed::contains).findFirst();
    }

    /** Sets the font family on {@code root} when the words are Chinese; otherwise leaves it alone. */
    public static void apply(Parent root) {
        if (!Texts.isChinese()) {
            return;
        }
        Optional<String> family = choose(Set.copyOf(Font.getFamilies()));
        LOG.log(System.Logger.Level.INFO, "font for Chinese: " + family.orElse("the system default (no preferred CJK family)"));
        family.ifPresent(f -> root.setStyle(root.getStyle() + "-fx-font-family: \"" + f + "\";"));
    }
}
