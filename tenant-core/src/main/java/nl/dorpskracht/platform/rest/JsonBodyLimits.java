package nl.dorpskracht.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.dorpskracht.platform.input.JsonShape;
import nl.dorpskracht.platform.input.MultiLineFields;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Every JSON body of the API, before it is bound: at most {@link #MAX_BYTES} (counted as it is read, after any
 * decompression, so a compressed bomb stops here too), then checked by {@link JsonShape}. One place for all resources;
 * a resource never sees a body that failed.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

    /** The largest body of the API (a campaign letter with its positions and targets) is some tens of kB. */
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        if (body.length > 0) {
            JsonShape.check(body, MultiLineFields.of(context.getType()));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            FieldError error = new FieldError(null, null, "request.tooLarge", MAX_BYTES / 1024);
            throw new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE, error.message(), List.of(error));
        }
        return body;
    }
}
