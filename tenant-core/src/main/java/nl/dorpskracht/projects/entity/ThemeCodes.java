package nl.dorpskracht.projects.entity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps the {@code text[]} of theme codes to a list. Written as an array literal ({@code {energie,wonen}}), which
 * PostgreSQL casts because the driver sends strings untyped ({@code stringType=unspecified}); codes are
 * {@code [a-z0-9-]} only (checked by the service and by initiative_theme), so the literal needs no quoting.
 */
public class ThemeCodes implements Converter {

    private static final long serialVersionUID = 1L;

    @Override
    public Object convertObjectValueToDataValue(Object objectValue, Session session) {
        @SuppressWarnings("unchecked")
        List<String> codes = objectValue == null ? List.of() : (List<String>) objectValue;
        for (String code : codes) {
            if (!code.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("not a theme code");
            }
        }
        return "{" + String.join(",", codes) + "}";
    }

    @Override
    public Object convertDataValueToObjectValue(Object dataValue, Session session) {
        if (dataValue == null) {
            return new ArrayList<String>();
        }
        if (dataValue instanceof Array array) {
            try {
                return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
            } catch (SQLException e) {
                throw new IllegalStateException("themes unreadable", e);
            }
        }
        String literal = dataValue.toString();
        String inner = literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : "";
        return inner.isEmpty() ? new ArrayList<String>() : new ArrayList<>(Arrays.asList(inner.split(",")));
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
    }
}
