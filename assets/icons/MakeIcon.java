import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class MakeIcon {
    public static void main(String[] a) throws Exception {
        for (int s : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double m = s * 0.04;
            RoundRectangle2D bg = new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.22, s * 0.22);
            g.setPaint(new GradientPaint(0, 0, new Color(0x161b22), 0, s, new Color(0x0d1117)));
            g.fill(bg);
            double r = s * 0.30, cx = s * 0.5, cy = s * 0.5;
            // Penumbra: the lit disc (bitcoin orange) ...
            g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - r * 0.3, cy - r * 0.3), (float) (r * 1.4),
                    new float[] {0f, 1f}, new Color[] {new Color(0xffb347), new Color(0xf7931a)}));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            // ... with the umbra, a shadow disc, across most of it.
            Area shadow = new Area(new Ellipse2D.Double(cx - r * 0.62, cy - r * 1.08, 2 * r, 2 * r));
            shadow.intersect(new Area(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r)));
            g.setColor(new Color(0x0d1117));
            g.fill(shadow);
            // A thin chart line across, for the dashboard.
            if (s >= 32) {
                g.setStroke(new BasicStroke((float) Math.max(1.5, s * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(0x8f9cff));
                Path2D p = new Path2D.Double();
                p.moveTo(s * 0.16, s * 0.78);
                p.lineTo(s * 0.36, s * 0.66);
                p.lineTo(s * 0.50, s * 0.72);
                p.lineTo(s * 0.68, s * 0.55);
                p.lineTo(s * 0.84, s * 0.60);
                g.draw(p);
            }
            g.dispose();
            ImageIO.write(img, "png", new File("umbra-" + s + ".png"));
        }
    }
}
