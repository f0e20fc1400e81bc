package nl.dorpskracht.news.entity;

/**
 * Where a news item stands. An admin's item goes DRAFT → PUBLISHED → ARCHIVED; a member organisation's goes SUBMITTED →
 * PUBLISHED (approved) or REJECTED (with a reason the member reads).
 */
public enum NewsStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, ARCHIVED
}
