package nl.dorpskracht.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.database.UniqueViolations;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.problem.ProblemWriter;

/**
 * Every failure leaves the API as {@code application/problem+json}. Unexpected ones are logged with a reference and
 * their exception types only (messages can quote data), and the client sees the reference, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Response known = known(cause);
            if (known != null) {
                return known;
            }
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web.getResponse().getStatus());
        }
        String reference = UUID.randomUUID().toString();
        LOG.severe(() -> "Unexpected failure " + reference + ": " + typeChain(thrown));
        return problem(ProblemCode.INTERNAL_ERROR,
                ProblemCode.INTERNAL_ERROR.title() + " (referentie " + reference + ")", List.of());
    }

    private Response known(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            Response response = problem(problem.code(), problem.getMessage(), problem.errors());
            if (problem.code() == ProblemCode.NOT_AUTHENTICATED) {
                return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"Dorpskracht\"")
                        .build();
            }
            return response;
        }
        if (cause instanceof OptimisticLockException
                || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
            return problem(ProblemCode.VERSION_CONFLICT, null, List.of());
        }
        if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return problem(uniqueViolation(sql), null, List.of());
        }
        if (cause instanceof SQLException sql && databaseUnavailable(sql.getSQLState())) {
            // Honest and temporary: the pool renews its connections once the server is back. A create cut off during
            // its commit may have been stored; its retry then meets the duplicate check.
            return Response.fromResponse(problem(ProblemCode.DATABASE_UNAVAILABLE, null, List.of()))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException) {
            return problem(ProblemCode.INVALID_JSON, null, List.of());
        }
        return null;
    }

    /**
     * A unique key that a concurrent request won: named by its constraint. The checks before writing catch the usual
     * case with the same code; this is the race between two requests that both passed them.
     */
    private static ProblemCode uniqueViolation(SQLException sql) {
        return switch (UniqueViolations.constraintOf(sql).orElse("")) {
        case "member_organisation_identity" -> ProblemCode.MEMBER_DUPLICATE;
        case "region_name_unique", "region_tenant_id_name_key" -> ProblemCode.REGION_DUPLICATE;
        case "sepa_mandate_tenant_id_reference_key" -> ProblemCode.MANDATE_REFERENCE_TAKEN;
        case "contribution_plan_name_unique" -> ProblemCode.PLAN_DUPLICATE;
        case "contribution_run_one_running" -> ProblemCode.RUN_IN_PROGRESS;
        case "registration_once" -> ProblemCode.ALREADY_REGISTERED;
        case "prize_vote_one_per_member" -> ProblemCode.ALREADY_VOTED;
        case "prize_nomination_one_per_member" -> ProblemCode.ALREADY_NOMINATED;
        case "prize_round_pkey" -> ProblemCode.PRIZE_EXISTS;
        case "campaign_target_name" -> ProblemCode.TARGET_DUPLICATE;
        case "tenant_pkey" -> ProblemCode.TENANT_CODE_TAKEN;
        case "bank_statement_once" -> ProblemCode.STATEMENT_IMPORTED_MEANWHILE;
        default -> ProblemCode.VERSION_CONFLICT;
        };
    }

    /** Connection failures (class 08) and a server shutting down or starting (57P01–57P03). */
    /** Whether a failure, anywhere in its causes, is the database being out of reach (not a fault of the request). */
    public static boolean causedByDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && databaseUnavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean databaseUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    private static Response fromStatus(int status) {
        ProblemCode code = switch (status) {
        case 400 -> ProblemCode.INVALID_JSON;
        case 401 -> ProblemCode.NOT_AUTHENTICATED;
        case 403 -> ProblemCode.FORBIDDEN;
        case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
        case 406 -> ProblemCode.NOT_ACCEPTABLE;
        case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
        case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
        default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.NOT_FOUND;
        };
        return problem(code, null, List.of());
    }

    static Response problem(ProblemCode code, String detail, List<FieldError> errors) {
        return Response.status(code.status()).type(ProblemWriter.MEDIA_TYPE)
                .entity(ProblemWriter.toJson(code, detail, errors)).build();
    }

    private static String typeChain(Throwable thrown) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(cause.getClass().getName());
            StackTraceElement[] trace = cause.getStackTrace();
            if (trace.length > 0) {
                chain.append(" at ").append(trace[0]);
            }
        }
        return chain.toString();
    }
}
