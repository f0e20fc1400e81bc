package nl.dorpskracht.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Messages and downloads for the pages: a refusal at its fields, a text of {@code msg}, a file to save. One copy of
 * these for every page, so a page says a refusal the way the others do.
 */
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

    /**
     * A refusal with each field's message only at that field, under {@code formPrefix} + the field's name as the
     * service names it ({@code "memberForm:"} + {@code "name"}); without a form ({@code null}) every message goes to
     * the top. The refusal's title goes to the top when no message has a field to stand at.
     */
    public static void reportAtFields(ProblemException problem, String formPrefix) {
        reportAt(problem, formPrefix == null ? field -> null : field -> formPrefix + field,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * A refusal in the given language with each field's message at the client id {@code fieldId} gives it
     * ({@code null}: at the top), for a page that names its fields otherwise or reads its language before the view is
     * built.
     */
    public static void reportAt(ProblemException problem, UnaryOperator<String> fieldId, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean atAField = problem.errors().stream().anyMatch(error -> fieldId.apply(error.field()) != null);
        if (!atAField) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.code().title(locale), null));
        }
        for (FieldError error : problem.errors()) {
            faces.addMessage(fieldId.apply(error.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(locale), null));
        }
        faces.validationFailed();
    }

    /** The page's texts ({@code msg}) in the page's language. */
    public static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** The label of a code, {@code prefix + code} in {@code msg}, or the code itself for one the texts do not know. */
    public static String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        ResourceBundle texts = texts();
        return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : code;
    }

    /**
     * A message of {@code msg} at the top, as written: unlike {@link #info} it is not formatted, so an apostrophe in
     * the text stays one.
     */
    public static void infoAsWritten(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts().getString(key), null));
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
