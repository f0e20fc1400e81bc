package nl.dorpskracht.contributions.entity;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Nullable {@code uuid} columns with EclipseLink 4.0: it binds a null UUID as a null VARCHAR, which PostgreSQL refuses
 * ("is of type uuid but expression is of type character varying"), and its UUID converter throws on a null it reads.
 * Declaring the column's JDBC type as OTHER makes a written null untyped, and a null-safe converter reads it back. One
 * list for every entity that names this customizer (invoices, bank statement entries, payment reversals): typing a
 * column that is never null the same way does no harm.
 */
public class NullableUuidColumns implements DescriptorCustomizer {

    private static final Set<String> NULLABLE = Set.of("member_id", "run_id", "matched_invoice_id", "payment_id",
            "entry_id");

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof AbstractDirectMapping direct && mapping.getField() != null
                    && NULLABLE.contains(mapping.getField().getName().toLowerCase(Locale.ROOT))) {
                mapping.getField().setSqlType(Types.OTHER);
                direct.setConverter(new NullSafe());
            }
        }
    }

    private static final class NullSafe implements Converter {

        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue;
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            if (dataValue == null || dataValue instanceof UUID) {
                return dataValue;
            }
            return UUID.fromString(dataValue.toString());
        }

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // nothing to prepare
        }
    }
}
