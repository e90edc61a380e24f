Feature: 积分评价 Points roll-up of the example catalogue (catalogues/service-points)
  A catalogue with its own structure — three domains of two indicators,
  criteria worth points, weights, star bands on the weighted total and
  vetoes (一票否决) — rated by the same engine with no code of its own.

  Run with: cmm features run catalogues/service-points/features --catalogue catalogues/service-points

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------------------ the samples

  Scenario Outline: the sample <bundle> is rated <stars> stars on a total of <total>
    Given the sample bundle "<bundle>.yaml"
    When the bundle is assessed
    Then the weighted total is <total>
    And the total is in the <band> stars band
    And the overall rating is <stars> stars

    Examples:
      | bundle              | total | band | stars |
      | exemplary-provider  | 100   | 5    | 5     |
      | steady-provider     | 76.22 | 3    | 3     |
      | incident-vetoed     | 95    | 5    | 0     |
      | lapsed-licence      | 90    | 5    | 2     |

  # ----------------------------------------------------------------- vetoes

  Scenario: a major safety incident within the year voids the rating (一票否决)
    Given the sample bundle "incident-vetoed.yaml"
    When the bundle is assessed
    Then criterion GV-CP-1-02 fails
    And the rating is voided by GV-CP-1-02
    And the overall rating is 0 stars

  Scenario: an incident older than a year no longer vetoes
    Given the evidence:
      | id   | topic                 | kind     | issued     | approved |
      | P1   | annual_plan           | document | 2026-01-10 | yes      |
      | INC1 | major_safety_incident | record   | 2025-09-30 |          |
    When the bundle is assessed
    Then criterion GV-CP-1-02 passes
    And criterion GV-CP-1-02 earns 5 of 5 points

  Scenario: an expired licence caps the rating at 2 stars although the total reaches the 5-star band
    Given the sample bundle "lapsed-licence.yaml"
    When the bundle is assessed
    Then criterion GV-CP-1-01 fails
    And the total is in the 5 stars band
    And the rating is capped at 2 stars by GV-CP-1-01

  # ------------------------------------------------------ points and caps

  Scenario: each service record earns 2 points, up to the cap of 10
    Given the evidence:
      | id  | topic          | kind   | issued     |
      | S1  | service_record | record | 2026-01-05 |
      | S2  | service_record | record | 2026-02-05 |
      | S3  | service_record | record | 2026-03-05 |
      | S4  | service_record | record | 2026-04-05 |
      | S5  | service_record | record | 2026-05-05 |
      | S6  | service_record | record | 2026-06-05 |
      | S7  | service_record | record | 2026-07-05 |
    When the bundle is assessed
    Then criterion SV-DL-1-01 earns 10 of 10 points
    And the points of SV-DL-1-01 are noted "capped at 10 (7 items × 2)"

  Scenario: a record older than a year earns nothing
    Given the evidence:
      | id  | topic          | kind   | issued     |
      | S1  | service_record | record | 2026-01-05 |
      | S2  | service_record | record | 2025-06-05 |
    When the bundle is assessed
    Then criterion SV-DL-1-01 earns 2 of 10 points

  Scenario: a satisfaction rate below 80 % earns none of the criterion's points
    Given the evidence:
      | id  | topic             | kind   | issued     | value | unit |
      | M1  | satisfaction_rate | metric | 2026-07-01 | 79.9  | %    |
    When the bundle is assessed
    Then criterion SV-QS-1-01 fails
    And criterion SV-QS-1-01 earns 0 of 10 points

  # ------------------------------------------------------- band edges

  Scenario: a total exactly on a band's least total reaches that band
    Given the sample bundle "lapsed-licence.yaml"
    When the bundle is assessed
    Then the weighted total is 90
    And the total is in the 5 stars band

  # -------------------------------------------------- the assessor's points

  Scenario: an assessor's award with a justification is counted
    Given the evidence:
      | id  | topic       | kind   | issued     |
      | R1  | plan_review | record | 2026-07-15 |
    And the assessor awards 7 points for GV-PL-2-01 because "the review covers every item of the plan with its deviations"
    When the bundle is assessed
    Then criterion GV-PL-2-01 passes
    And criterion GV-PL-2-01 earns 7 of 10 points

  Scenario: an assessor's award without a justification is not counted
    Given the evidence:
      | id  | topic       | kind   | issued     |
      | R1  | plan_review | record | 2026-07-15 |
    And the assessor awards 7 points for GV-PL-2-01 without a justification
    When the bundle is assessed
    Then criterion GV-PL-2-01 earns 0 of 10 points
    And the points of GV-PL-2-01 are noted "no justification: not counted"

  Scenario: an assessor's award for a criterion that is not met is not counted
    Given the assessor awards 9 points for OC-RP-2-01 because "the two enterprises interviewed were very satisfied"
    And the evidence:
      | id  | topic            | kind      | issued     |
      | I1  | client_interview | interview | 2026-10-20 |
      | I2  | client_interview | interview | 2026-10-21 |
    When the bundle is assessed
    Then criterion OC-RP-2-01 fails
    And criterion OC-RP-2-01 earns 0 of 10 points
    And the points of OC-RP-2-01 are noted "not met"

  Scenario: an award above the criterion's maximum is refused
    Given the assessor awards 12 points for GV-PL-2-01 because "an outstanding review, beyond what we expected"
    When the bundle is assessed
    Then the assessment is refused with "12 points for GV-PL-2-01, which allows at most 10"

  Scenario: an award for a criterion scored by the rules is refused
    Given the assessor awards 5 points for SV-QS-1-02 because "the procedure is good but not yet approved"
    When the bundle is assessed
    Then the assessment is refused with "criterion SV-QS-1-02 is not scored by an assessor"
