package io.buzzline.gateway.web;

import io.nayuki.qrcodegen.QrCode;

/** Draws a QR code (Nayuki's qrcodegen encodes it) as one SVG path of dark modules on a white square. */
final class QrSvg {

    /** Light modules around the symbol, as the QR specification asks for scanning. */
    private static final int QUIET_ZONE = 4;

    private QrSvg() {}

    /** The SVG of {@code text} at error correction level M (about 15 % of the symbol may be lost). */
    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + escape(text) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                + "\"/></svg>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
