package org.communs.portal.agenda;

import java.util.Locale;

/**
 * Colours that white text can be read on: the Agenda writes entries' titles in white on their
 * kind's colour, and WCAG AA asks 4.5:1 for that text. A plugin's colour that is too light is
 * darkened (its hue kept) until it reaches that contrast, so no plugin can make the Agenda unreadable.
 */
public final class ReadableColour {

    /** WCAG 2.1 AA for normal text. */
    static final double MINIMUM_CONTRAST = 4.5;

    private ReadableColour() {
    }

    /** @param hex {@code #rrggbb}; @return it, or the nearest darker shade white text reads on */
    public static String underWhiteText(String hex) {
        int red = Integer.parseInt(hex.substring(1, 3), 16);
        int green = Integer.parseInt(hex.substring(3, 5), 16);
        int blue = Integer.parseInt(hex.substring(5, 7), 16);
        while (contrastWithWhite(red, green, blue) < MINIMUM_CONTRAST) {
            red = red * 9 / 10;
            green = green * 9 / 10;
            blue = blue * 9 / 10;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The WCAG contrast ratio of white on the colour. */
    static double contrastWithWhite(int red, int green, int blue) {
        double luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
