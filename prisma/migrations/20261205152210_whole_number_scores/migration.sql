-- Scores are whole numbers (contracts' roundScore): one rule for what the sidebar shows and what is stored
-- and banded. Scores stored earlier with a fraction are rounded half up, as roundScore rounds them.
UPDATE "MeasureScore" SET "score" = round("score"), "previousScore" = round("previousScore")
WHERE "score" <> round("score") OR "previousScore" <> round("previousScore");

UPDATE "ScorecardAssignment" SET "overallScore" = round("overallScore"), "previousOverallScore" = round("previousOverallScore")
WHERE "overallScore" <> round("overallScore") OR "previousOverallScore" <> round("previousOverallScore");

UPDATE "ScoreHistory" SET "score" = round("score") WHERE "score" <> round("score");
