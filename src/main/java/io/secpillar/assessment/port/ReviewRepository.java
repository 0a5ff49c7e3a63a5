package io.secpillar.assessment.port;

import io.secpillar.assessment.Review;
import io.secpillar.pillar.LensRef;
import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores reviews and their answers. Saving an answer also marks its workload as updated. */
public interface ReviewRepository {

    Review create(long workloadId, LensRef lens, Instant at);

    Optional<Review> find(long reviewId);

    /** The reviews of a workload, oldest first. */
    List<Review> findByWorkload(long workloadId);

    /** The answers of a review by question id. */
    Map<String, Answer> answers(long reviewId);

    void saveAnswer(long reviewId, Answer answer);
}
