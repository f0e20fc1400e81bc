package nl.dorpskracht.platform.mail;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Where mail goes out, from MicroProfile Config ({@code DORPSKRACHT_SMTP_HOST} and friends). Without a host nothing is
 * sent: the embedded default logs instead.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        boolean startTls, String from) {

    public static final String DEFAULT_FROM = "Dorpskracht <noreply@localhost>";

    public static MailSettings from(Config config) {
        Optional<String> host = config.getOptionalValue("dorpskracht.smtp.host", String.class)
                .filter(h -> !h.isBlank());
        boolean startTls = config.getOptionalValue("dorpskracht.smtp.starttls", Boolean.class).orElse(false);
        return new MailSettings(host,
                config.getOptionalValue("dorpskracht.smtp.port", Integer.class).orElse(startTls ? 587 : 25),
                config.getOptionalValue("dorpskracht.smtp.user", String.class).filter(u -> !u.isBlank()),
                config.getOptionalValue("dorpskracht.smtp.password", String.class), startTls,
                config.getOptionalValue("dorpskracht.mail.from", String.class).orElse(DEFAULT_FROM));
    }

    public boolean configured() {
        return host.isPresent();
    }

    /** Jakarta Mail session properties; timeouts so that a hanging server cannot hold a worker thread for long. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        return properties;
    }
}
