package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A yearly contribution run and its progress, updated by the background job after every batch of payers. */
@Entity
@Table(name = "contribution_run")
public class ContributionRun extends TenantOwned {

    /** A running run that has not reported for this long is taken to have died with its server. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Id
    private UUID id;

    private int year;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    @Column(name = "payers_total")
    private int payersTotal;

    @Column(name = "payers_done")
    private int payersDone;

    @Column(name = "invoices_created")
    private int invoicesCreated;

    @Column(name = "payers_skipped")
    private int payersSkipped;

    @Column(name = "members_billed")
    private int membersBilled;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    private String failure;

    protected ContributionRun() {
    }

    public ContributionRun(int year, LocalDate issuedOn, LocalDate dueOn, String startedBy) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.status = RunStatus.RUNNING;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.startedBy = startedBy;
        this.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = startedAt;
    }

    public void planned(int payers) {
        this.payersTotal = payers;
        touch();
    }

    public void progressed(int payers, int created, int skipped, int members) {
        this.payersDone += payers;
        this.invoicesCreated += created;
        this.payersSkipped += skipped;
        this.membersBilled += members;
        touch();
    }

    public void finish() {
        this.status = RunStatus.DONE;
        this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = finishedAt;
    }

    public void fail(String reason) {
        this.status = RunStatus.FAILED;
        this.failure = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
        this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = finishedAt;
    }

    public boolean isStale(OffsetDateTime now) {
        return status == RunStatus.RUNNING && updatedAt.plus(STALE_AFTER).isBefore(now);
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public RunStatus status() {
        return status;
    }

    public int payersTotal() {
        return payersTotal;
    }

    public int payersDone() {
        return payersDone;
    }

    public int invoicesCreated() {
        return invoicesCreated;
    }

    public int payersSkipped() {
        return payersSkipped;
    }

    public int membersBilled() {
        return membersBilled;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String startedBy() {
        return startedBy;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    /** Done payers as a whole percentage; 100 once the run has finished. */
    public int percent() {
        if (status != RunStatus.RUNNING) {
            return 100;
        }
        return payersTotal == 0 ? 0 : (int) Math.min(99, payersDone * 100L / payersTotal);
    }
}
