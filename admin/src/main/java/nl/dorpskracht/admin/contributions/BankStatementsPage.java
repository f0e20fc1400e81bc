package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.statements.boundary.BankStatementService;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.statements.control.ReturnReasons;
import nl.dorpskracht.statements.control.StatementBooking;
import nl.dorpskracht.statements.entity.BankStatement;
import nl.dorpskracht.statements.entity.BankStatementEntry;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/** Bank statements: upload a CAMT.053 file, the imported statements, and the entries that wait for review. */
@Named("bankStatementsPage")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class BankStatementsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    BankStatementService statements;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private transient Part file;
    /** Per review entry (by id) the invoice number the treasurer typed. */
    private final java.util.Map<String, String> invoiceNumbers = new java.util.HashMap<>();
    private transient List<BankStatement> statementList;
    private transient List<BankStatementEntry> reviewList;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesSupport.error("statements.noFile");
            return;
        }
        try {
            if (file.getSize() > CamtReader.MAX_BYTES) {
                throw new ProblemException(nl.dorpskracht.platform.problem.ProblemCode.STATEMENT_TOO_LARGE);
            }
            byte[] bytes;
            try (var in = file.getInputStream()) {
                bytes = in.readNBytes(CamtReader.MAX_BYTES + 1);
            }
            StatementBooking.Summary done = statements.importStatement(bytes);
            if (done.alreadyImported()) {
                FacesSupport.info("statements.alreadyImported");
            } else {
                FacesSupport.info("statements.imported", done.entries(), done.matched(), done.review(), done.returned(),
                        done.ignored());
            }
            reload();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void assign(String entryId) {
        String number = invoiceNumbers.get(entryId);
        try {
            UUID invoice = statements.invoiceIdByNumber(number == null ? null : number.strip());
            statements.assign(UUID.fromString(entryId), invoice);
            FacesSupport.info("statements.assigned", number.strip());
            reload();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void ignore(String entryId) {
        try {
            statements.ignore(UUID.fromString(entryId));
            FacesSupport.info("statements.ignored");
            reload();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    private void reload() {
        statementList = null;
        reviewList = null;
    }

    public List<BankStatement> getStatements() {
        if (statementList == null) {
            statementList = tenant == null ? List.of() : new ArrayList<>(statements.statements(0));
        }
        return statementList;
    }

    public List<BankStatementEntry> getReview() {
        if (reviewList == null) {
            reviewList = tenant == null ? List.of() : new ArrayList<>(statements.review(0));
        }
        return reviewList;
    }

    public String money(long cents) {
        return Money.format(cents);
    }

    public String reason(String code) {
        return ReturnReasons.dutch(code);
    }

    public java.util.Map<String, String> getInvoiceNumbers() {
        return invoiceNumbers;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getTenant() {
        return tenant;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
