package nl.dorpskracht.news.entity;

/** A news item's file: its one image, or one of its attachments. */
public enum FileKind {
    IMAGE, ATTACHMENT
}
