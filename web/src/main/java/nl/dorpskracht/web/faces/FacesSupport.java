package nl.dorpskracht.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Messages and downloads for the pages: a refusal at its fields, a text of {@code msg}, a file to save. */
public final class FacesSupport {

    private FacesSupport() {
    }

    public static void report(ProblemException problem, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (problem.errors().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.code().title(locale), null));
        }
        for (FieldError error : problem.errors()) {
            String field = error.field() == null ? null : error.field().replaceAll("[^A-Za-z0-9]", "");
            String text = error.message(locale);
            faces.addMessage(formId == null || field == null ? null : formId + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            if (formId != null) {
                // the summary at the top too, so no message is lost on a field the form does not show
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String text = new java.text.MessageFormat(texts.getString(key), faces.getViewRoot().getLocale())
                .format(arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString(key), null));
        faces.validationFailed();
    }

    public static void download(byte[] content, String contentType, String fileName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
