package io.buzzline.content.question;

/** Whether a question may still be put into packs. */
public enum QuestionStatus {
    /** In the bank and eligible for packs. */
    ACTIVE,
    /** Kept for history and duplicate detection, never put into a pack again. */
    RETIRED
}
