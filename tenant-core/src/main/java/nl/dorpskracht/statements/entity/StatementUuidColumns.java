package nl.dorpskracht.statements.entity;

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
 * The nullable uuid columns of an entry (STACK.md trap 14), the way {@code NullableUuidColumns} does it for invoices.
 */
public class StatementUuidColumns implements DescriptorCustomizer {

    private static final Set<String> NULLABLE = Set.of("matched_invoice_id", "payment_id", "entry_id");

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
