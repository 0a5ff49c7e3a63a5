package io.secpillar.assessment;

/** What deleting a workload would lose, so the confirmation can say it plainly. */
public record DeletionImpact(String workloadName, int reviews, int answeredQuestions, int questionsWithNotes) {

    public String describe() {
        if (answeredQuestions == 0 && questionsWithNotes == 0) {
            return "\"" + workloadName + "\" will be deleted. It has no answers yet.";
        }
        return "\"" + workloadName + "\" and its review will be deleted for good: " + answeredQuestions
                + (answeredQuestions == 1 ? " answered question" : " answered questions")
                + " and the notes on " + questionsWithNotes + (questionsWithNotes == 1 ? " question." : " questions.");
    }
}
