package nl.dorpskracht.documents.entity;

/** Who may read a document: the association's member contacts only, or everyone (also on its public pages). */
public enum Visibility {
    MEMBERS, PUBLIC
}
