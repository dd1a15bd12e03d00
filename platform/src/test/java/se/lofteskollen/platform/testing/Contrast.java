package se.lofteskollen.platform.testing;

/**
 * WCAG 2.x contrast ratio of two sRGB colours written {@code #rrggbb} or {@code #rgb}: 4.5 is what normal text needs against its
 * background (1.4.3), 3 what a field's border or a focus ring needs (1.4.11).
 */
public final class Contrast {

    private Contrast() {
    }

    public static double ratio(String foreground, String background) {
        double lighter = Math.max(luminance(foreground), luminance(background));
        double darker = Math.min(luminance(foreground), luminance(background));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String colour) {
        String hex = colour.matches("#[0-9a-fA-F]{3}")
                ? "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2) + colour.charAt(3) + colour.charAt(3)
                : colour;
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a colour #rrggbb: " + colour);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
