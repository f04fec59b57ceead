package com.mindmusclecoach.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which {@code SignatureCertChainUrl} values may be fetched at all, and the one spelling each is cached under.
 * Amazon requires https, host s3.amazonaws.com (any case), port 443 if given and a normalized path under
 * {@code /echo.api/} (that case). Amazon's own URLs ({@code https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem})
 * are plain ASCII with nothing else in them, so anything unusual is refused rather than interpreted:
 * <ul>
 * <li>percent-encoding of any kind ({@code %2e}, {@code %2E}, {@code .%2e}, {@code %2f}, {@code %25}...): S3 decodes
 * what {@link URI#normalize()} does not, so {@code /echo.api/%2e%2e/evil/cert.pem} would pass a check on the
 * encoded path and be served from outside {@code echo.api};</li>
 * <li>a path with anything but unreserved characters and {@code /}, or an empty segment ({@code //});</li>
 * <li>a query, a fragment or user-info, even empty ({@code ?}, {@code #}, {@code user@}): Amazon's URLs have
 * none, and a query would give every request its own cache key for the same file;</li>
 * <li>more than {@value #MAX_LENGTH} characters, so a remembered URL costs bounded memory.</li>
 * </ul>
 * Dot segments made of plain dots are normalized ({@code /echo.api/../echo.api/x.pem} is {@code /echo.api/x.pem}), as
 * Amazon's rule says. A refused URL is never fetched.
 */
final class CertificateUrl {

    static final int MAX_LENGTH = 512;
    private static final String HOST = "s3.amazonaws.com";
    private static final String PREFIX = "/echo.api/";
    /** RFC 3986 unreserved characters and the path separator: nothing that any party could decode differently. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._~/-]+");

    private CertificateUrl() {
    }

    /** The canonical {@code https://s3.amazonaws.com/echo.api/...} form of {@code value}, or empty if refused. */
    static Optional<URI> normalized(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.indexOf('%') >= 0) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !HOST.equalsIgnoreCase(uri.getHost()) || (uri.getPort() != -1 && uri.getPort() != 443)) {
            return Optional.empty();
        }
        String rawPath = uri.getRawPath();
        if (rawPath == null || !PLAIN_PATH.matcher(rawPath).matches() || rawPath.contains("//")) {
            return Optional.empty();
        }
        String path = URI.create(rawPath).normalize().getPath();
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length() || path.contains("/..") || path.contains("/./")) {
            return Optional.empty();
        }
        return Optional.of(URI.create("https://" + HOST + path));
    }

    /** {@code value} cut short for an error message: the header is the caller's, of any length. */
    static String quoted(String value) {
        return value.length() <= 120 ? value : value.substring(0, 120) + "...";
    }
}
