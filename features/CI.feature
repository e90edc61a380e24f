Feature: 服务持续改进 Continual service improvement (CI)
  Every criterion of clause 9 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason, and
  how the improvement sub-domains roll up.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------------ ME measurement and evaluation

  Scenario: CI-ME-1-02 passes with spot checks in two quarters
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                                                   |
      | E1 | service_quality_check | record | 2026-07-06 | period=2026-Q2; records_sampled=10; problems_found=2; checked_by=中心主任 林建华 |
      | E2 | service_quality_check | record | 2026-10-09 | period=2026-Q3; records_sampled=8; problems_found=0; checked_by=中心主任 林建华  |
    When the bundle is assessed
    Then criterion CI-ME-1-02 passes
    And criterion CI-ME-1-02 cites E2

  Scenario: CI-ME-1-02 fails on two checks of the same quarter
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                                                 |
      | E1 | service_quality_check | record | 2026-07-02 | period=2026-Q2; records_sampled=10; problems_found=2; checked_by=中心主任 林建华 |
      | E2 | service_quality_check | record | 2026-07-09 | period=2026-Q2; records_sampled=6; problems_found=1; checked_by=中心主任 林建华  |
    When the bundle is assessed
    Then criterion CI-ME-1-02 fails
    And the finding for CI-ME-1-02 says "found 1 distinct quarter among E1, E2"

  Scenario: CI-ME-1-02 fails when a check looked at two files and names no checker
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                                                 |
      | E1 | service_quality_check | record | 2026-07-06 | period=2026-Q2; records_sampled=10; problems_found=2; checked_by=中心主任 林建华 |
      | E2 | service_quality_check | record | 2026-10-09 | period=2026-Q3; records_sampled=2; problems_found=0                        |
    When the bundle is assessed
    Then criterion CI-ME-1-02 fails
    And the finding for CI-ME-1-02 says "E2 does not count: it records no checked_by; needs checked_by recorded; has records_sampled = 2; needs records_sampled ≥ 5"

  Scenario: CI-ME-1-02 is not met by service statistics, which OP-OD-1-01 assesses
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                    |
      | E1 | periodic_service_statistics | document | 2026-04-08 | period_type=quarterly; enterprises_served=312 |
      | E2 | periodic_service_statistics | document | 2026-07-09 | period_type=quarterly; enterprises_served=287 |
    When the bundle is assessed
    Then criterion CI-ME-1-02 fails
    And the finding for CI-ME-1-02 says "found 0"

  Scenario: CI-ME-2-01 passes with satisfaction among indicators derived from the service goals
    Given the evidence:
      | id | topic                        | kind     | issued     | approved | attributes                                                   | refers_to |
      | G1 | service_goals                | document | 2025-01-10 | yes      |                                                              |           |
      | E1 | performance_indicator_system | document | 2025-02-17 | yes      | indicator_count=12; dimensions=[volume,quality,satisfaction,outcome] | G1        |
    When the bundle is assessed
    Then criterion CI-ME-2-01 passes
    And criterion CI-ME-2-01 cites E1

  Scenario: CI-ME-2-01 fails when only workload is measured
    Given the evidence:
      | id | topic                        | kind     | issued     | approved | attributes                          | refers_to |
      | G1 | service_goals                | document | 2025-01-10 | yes      |                                     |           |
      | E1 | performance_indicator_system | document | 2025-02-17 | yes      | indicator_count=6; dimensions=[volume] | G1        |
    When the bundle is assessed
    Then criterion CI-ME-2-01 fails
    And the finding for CI-ME-2-01 says "G1 does not count: it is referred to by no approved document of topic 'performance_indicator_system'"

  Scenario: CI-ME-2-01 fails when the indicators are not derived from any service goal
    Given the evidence:
      | id | topic                        | kind     | issued     | approved | attributes                                                   |
      | G1 | service_goals                | document | 2025-01-10 | yes      |                                                              |
      | E1 | performance_indicator_system | document | 2025-02-17 | yes      | indicator_count=12; dimensions=[volume,quality,satisfaction] |
    When the bundle is assessed
    Then criterion CI-ME-2-01 fails
    And the finding for CI-ME-2-01 says "G1 does not count"

  Scenario: CI-ME-2-02 passes with a survey answered by 186 enterprises
    Given the evidence:
      | id | topic                           | kind   | issued     | attributes                          |
      | E1 | service_satisfaction_evaluation | record | 2026-06-25 | respondents=186; method=questionnaire |
    When the bundle is assessed
    Then criterion CI-ME-2-02 passes

  Scenario: CI-ME-2-02 fails when only twelve enterprises answered
    Given the evidence:
      | id | topic                           | kind   | issued     | attributes                      |
      | E1 | service_satisfaction_evaluation | record | 2026-06-25 | respondents=12; method=telephone |
    When the bundle is assessed
    Then criterion CI-ME-2-02 fails
    And the finding for CI-ME-2-02 says "has respondents = 12; needs respondents ≥ 30"

  Scenario: CI-ME-3-01 passes with full audit coverage and only a recent major finding open
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                        |
      | E1 | service_internal_audit      | document | 2026-05-14 | processes_covered_pct=100                         |
      | E2 | service_audit_nonconformity | record   | 2026-05-14 | severity=major; status=closed; closed=2026-06-30 |
      | E3 | service_audit_nonconformity | record   | 2026-09-27 | severity=major; status=open                       |
      | R1 | nonconformity_register      | record   | 2026-10-20 | open=1; open_major_over_90_days=0                 |
    When the bundle is assessed
    Then criterion CI-ME-3-01 passes
    And criterion CI-ME-3-01 cites E1
    And criterion CI-ME-3-01 cites R1

  Scenario: CI-ME-3-01 fails on a bundle that itemises no nonconformity and keeps no register — silence proves nothing
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes                |
      | E1 | service_internal_audit | document | 2026-05-14 | processes_covered_pct=100 |
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And the finding for CI-ME-3-01 says "nonconformity_register"

  Scenario: Probe: CI-ME-3-01 fails when the register admits a late major nonconformity the bundle leaves out
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes                        |
      | E1 | service_internal_audit | document | 2026-05-14 | processes_covered_pct=100         |
      | R1 | nonconformity_register | record   | 2026-10-20 | open=1; open_major_over_90_days=1 |
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And the report cautions "states open_major_over_90_days = 1 but the items of topic 'service_audit_nonconformity' give 0: it admits what the items leave out"

  Scenario: CI-ME-3-01 fails while a major nonconformity has been open since June
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                 |
      | E1 | service_internal_audit      | document | 2026-05-14 | processes_covered_pct=100  |
      | E2 | service_audit_nonconformity | record   | 2026-06-14 | severity=major; status=open |
      | E3 | service_audit_nonconformity | record   | 2026-06-14 | severity=minor; status=open |
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And the finding for CI-ME-3-01 says "must not exist, but E2 does"

  Scenario: Probe: CI-ME-3-01 does not trust a declared days_open — the days are counted from the date raised
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                 |
      | E1 | service_internal_audit      | document | 2026-05-14 | processes_covered_pct=100                  |
      | E2 | service_audit_nonconformity | record   | 2026-06-14 | severity=major; status=open; days_open=20 |
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And the finding for CI-ME-3-01 says "must not exist, but E2 does"

  Scenario: Probe: CI-ME-3-01 does not trust a declared days_open either way — a finding raised 35 days ago is not late
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                  |
      | E1 | service_internal_audit      | document | 2026-05-14 | processes_covered_pct=100                   |
      | E2 | service_audit_nonconformity | record   | 2026-09-27 | severity=major; status=open; days_open=200 |
      | R1 | nonconformity_register      | record   | 2026-10-20 | open=1; open_major_over_90_days=0          |
    When the bundle is assessed
    Then criterion CI-ME-3-01 passes

  Scenario: CI-ME-3-01 fails when the audits skipped some processes
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes               |
      | E1 | service_internal_audit | document | 2026-05-14 | processes_covered_pct=60 |
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And the finding for CI-ME-3-01 says "has processes_covered_pct = 60; needs processes_covered_pct ≥ 100"

  Scenario: CI-ME-4-01 passes with eighteen indicators refreshed daily
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                           |
      | E1 | performance_dashboard | system | 2026-10-29 | indicators_automated=18; refresh=daily |
    When the bundle is assessed
    Then criterion CI-ME-4-01 passes

  Scenario: CI-ME-4-01 fails when the figures are refreshed monthly
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                             |
      | E1 | performance_dashboard | system | 2026-10-29 | indicators_automated=18; refresh=monthly |
    When the bundle is assessed
    Then criterion CI-ME-4-01 fails
    And the finding for CI-ME-4-01 says "has refresh = 'monthly'; needs refresh one of 'realtime', 'daily'"

  Scenario: CI-ME-4-02 passes on four quarters measured, the one below target analysed and acted on
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-ME; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91 | % | 2025-Q4 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88 | % | 2026-Q1 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92 | % | 2026-Q2 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93 | % | 2026-Q3 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | DEV-1 | deviation_analysis    | record   | 2026-04-20 |          |       |      |         | M2        | subdomain=CI-ME; cause=回访人手不足; action=增设回访专员并每周复盘; action_status=completed |
    When the bundle is assessed
    Then criterion CI-ME-4-02 passes
    And criterion CI-ME-4-02 cites IND-1
    And criterion CI-ME-4-02 cites M2

  Scenario: CI-ME-4-02 fails when the quarter below target was never analysed
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-ME; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91 | % | 2025-Q4 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88 | % | 2026-Q1 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92 | % | 2026-Q2 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93 | % | 2026-Q3 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-ME-4-02 fails
    And the finding for CI-ME-4-02 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: Probe: CI-ME-4-02 fails on one good figure reported once — a level-4 threshold is not management by numbers
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-ME; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-10-10 |          | 98 | % | 2026-Q3 | IND-1     | subdomain=CI-ME; indicator=客户满意率; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-ME-4-02 fails
    And the finding for CI-ME-4-02 says "found 1 distinct quarter among M1"

  Scenario: CI-ME-5-01 passes with a government evaluation scoring 93
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                         |
      | E1 | external_service_evaluation | document | 2026-03-30 | evaluator_type=government; score=93 |
    When the bundle is assessed
    Then criterion CI-ME-5-01 passes

  Scenario: CI-ME-5-01 fails when the excellent score is the provider's own
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                   |
      | E1 | external_service_evaluation | document | 2026-03-30 | evaluator_type=self; score=98 |
    When the bundle is assessed
    Then criterion CI-ME-5-01 fails
    And the finding for CI-ME-5-01 says "has evaluator_type = 'self'"

  Scenario: CI-ME-5-01 fails when the independent score is below 90
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                         |
      | E1 | external_service_evaluation | document | 2026-03-30 | evaluator_type=university; score=84 |
    When the bundle is assessed
    Then criterion CI-ME-5-01 fails
    And the finding for CI-ME-5-01 says "has score = 84; needs score ≥ 90"

  # ----------------------------------------------------------- RA review and analysis

  Scenario: CI-RA-1-01 passes with an annual summary whose problem was taken up
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                     | refers_to |
      | E1 | service_work_summary | document | 2026-01-12 | problems_identified=4          |           |
      | A1 | improvement_action   | record   | 2026-02-03 | source=review; status=closed   | E1        |
    When the bundle is assessed
    Then criterion CI-RA-1-01 passes
    And criterion CI-RA-1-01 cites E1

  Scenario: CI-RA-1-01 fails when the summary lists achievements only
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                   | refers_to |
      | E1 | service_work_summary | document | 2026-01-12 | problems_identified=0        |           |
      | A1 | improvement_action   | record   | 2026-02-03 | source=review; status=closed | E1        |
    When the bundle is assessed
    Then criterion CI-RA-1-01 fails
    And the finding for CI-RA-1-01 says "needs problems_identified ≥ 1"

  Scenario: CI-RA-1-01 fails when nobody takes up the problems the summary names
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                   |
      | E1 | service_work_summary | document | 2026-01-12 | problems_identified=4        |
      | A1 | improvement_action   | record   | 2026-02-03 | source=review; status=closed |
    When the bundle is assessed
    Then criterion CI-RA-1-01 fails
    And the finding for CI-RA-1-01 says "E1 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-RA-2-01 passes with two goal reviews whose actions were registered
    Given the evidence:
      | id | topic                      | kind     | issued     | approved | attributes                        | refers_to |
      | G1 | service_goals              | document | 2026-01-10 | yes      |                                   |           |
      | E1 | performance_review_meeting | record   | 2026-01-25 |          |                                   | G1        |
      | E2 | performance_review_meeting | record   | 2026-07-21 |          |                                   | G1        |
      | A1 | improvement_action         | record   | 2026-02-01 |          | source=review; status=closed      | E1        |
      | A2 | improvement_action         | record   | 2026-07-28 |          | source=review; status=in_progress | E2        |
    When the bundle is assessed
    Then criterion CI-RA-2-01 passes
    And criterion CI-RA-2-01 cites E2

  Scenario: CI-RA-2-01 fails when the second meeting agreed nothing that was registered
    Given the evidence:
      | id | topic                      | kind     | issued     | approved | attributes                   | refers_to |
      | G1 | service_goals              | document | 2026-01-10 | yes      |                              |           |
      | E1 | performance_review_meeting | record   | 2026-01-25 |          |                              | G1        |
      | E2 | performance_review_meeting | record   | 2026-07-21 |          |                              | G1        |
      | A1 | improvement_action         | record   | 2026-02-01 |          | source=review; status=closed | E1        |
    When the bundle is assessed
    Then criterion CI-RA-2-01 fails
    And the finding for CI-RA-2-01 says "found 1 (E1)"
    And the finding for CI-RA-2-01 says "E2 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-RA-2-01 fails when the meetings never looked at the service goals
    Given the evidence:
      | id | topic                      | kind     | issued     | approved | attributes                   | refers_to |
      | G1 | service_goals              | document | 2026-01-10 | yes      |                              |           |
      | E1 | performance_review_meeting | record   | 2026-01-25 |          |                              |           |
      | E2 | performance_review_meeting | record   | 2026-07-21 |          |                              |           |
      | A1 | improvement_action         | record   | 2026-02-01 |          | source=review; status=closed | E1        |
      | A2 | improvement_action         | record   | 2026-07-28 |          | source=review; status=closed | E2        |
    When the bundle is assessed
    Then criterion CI-RA-2-01 fails
    And the finding for CI-RA-2-01 says "G1 does not count: it is referred to by no record of topic 'performance_review_meeting'"

  Scenario: CI-RA-2-02 passes with a funded project graded good
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes  |
      | E1 | funded_project_evaluation | document | 2026-02-28 | result=good |
    When the bundle is assessed
    Then criterion CI-RA-2-02 passes

  Scenario: CI-RA-2-02 fails when the funded project was graded unqualified
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes         |
      | E1 | funded_project_evaluation | document | 2026-02-28 | result=unqualified |
    When the bundle is assessed
    Then criterion CI-RA-2-02 fails
    And the finding for CI-RA-2-02 says "has result = 'unqualified'"

  Scenario: CI-RA-2-02 is not applicable to a provider without public funding
    Given criterion CI-RA-2-02 is excluded because "the firm receives no subsidies and delivers no government-purchased services; all income is from client fees"
    When the bundle is assessed
    Then criterion CI-RA-2-02 is not applicable

  Scenario: CI-RA-3-01 passes with an approved review of the audit and satisfaction results whose decision was carried out
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                                                     | refers_to |
      | U1 | service_internal_audit    | document | 2026-02-20 |          | processes_covered_pct=100                                                      |           |
      | E1 | service_management_review | record   | 2026-03-19 | yes      | inputs=[internal_audit,complaints,satisfaction,performance,risks]; decisions=6 | U1        |
      | A1 | improvement_action        | record   | 2026-04-02 |          | source=review; status=in_progress                                              | E1        |
    When the bundle is assessed
    Then criterion CI-RA-3-01 passes
    And criterion CI-RA-3-01 cites E1
    And criterion CI-RA-3-01 cites U1

  Scenario: CI-RA-3-01 fails when the review ignored client satisfaction
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                       | refers_to |
      | U1 | service_internal_audit    | document | 2026-02-20 |          | processes_covered_pct=100                        |           |
      | E1 | service_management_review | record   | 2026-03-19 | yes      | inputs=[internal_audit,performance]; decisions=6 | U1        |
      | A1 | improvement_action        | record   | 2026-04-02 |          | source=review; status=in_progress                | E1        |
    When the bundle is assessed
    Then criterion CI-RA-3-01 fails
    And the finding for CI-RA-3-01 says "E1 does not count: it has inputs = [internal_audit, performance]"

  Scenario: CI-RA-3-01 fails when the review report was never approved
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                                                    | refers_to |
      | U1 | service_internal_audit    | document | 2026-02-20 | processes_covered_pct=100                                     |           |
      | E1 | service_management_review | record   | 2026-03-19 | inputs=[internal_audit,satisfaction,performance]; decisions=6 | U1        |
      | A1 | improvement_action        | record   | 2026-04-02 | source=review; status=in_progress                             | E1        |
    When the bundle is assessed
    Then criterion CI-RA-3-01 fails
    And the finding for CI-RA-3-01 says "E1 does not count: it is not approved"

  Scenario: CI-RA-3-01 fails when the review names the internal audit as an input but cites no audit report
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                                    | refers_to |
      | U1 | service_internal_audit    | document | 2026-02-20 |          | processes_covered_pct=100                                     |           |
      | E1 | service_management_review | record   | 2026-03-19 | yes      | inputs=[internal_audit,satisfaction,performance]; decisions=6 |           |
      | A1 | improvement_action        | record   | 2026-04-02 |          | source=review; status=in_progress                             | E1        |
    When the bundle is assessed
    Then criterion CI-RA-3-01 fails
    And the finding for CI-RA-3-01 says "U1 does not count: it is referred to by no approved record or document of topic 'service_management_review'"

  Scenario: Probe: CI-RA-3-01 does not take its inputs from an older review that decided nothing
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                                    | refers_to |
      | U1 | service_internal_audit    | document | 2025-11-20 |          | processes_covered_pct=100                                     |           |
      | R1 | service_management_review | record   | 2025-12-10 | yes      | inputs=[internal_audit,satisfaction,performance]; decisions=0 | U1        |
      | R2 | service_management_review | record   | 2026-06-20 | yes      | inputs=[performance]; decisions=5                             |           |
      | A1 | improvement_action        | record   | 2026-07-01 |          | source=review; status=closed                                  | R2        |
    When the bundle is assessed
    Then criterion CI-RA-3-01 fails
    And the finding for CI-RA-3-01 says "R1 does not count: it has decisions = 0; needs decisions ≥ 3"
    And the finding for CI-RA-3-01 says "R2 does not count: it has inputs = [performance]"

  Scenario: Probe: CI-RA-3-01 is not met by decisions declared on paper that no improvement action carries out
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                                    | refers_to |
      | U1 | service_internal_audit    | document | 2026-05-20 |          | processes_covered_pct=100                                     |           |
      | R1 | service_management_review | record   | 2026-06-20 | yes      | inputs=[internal_audit,satisfaction,performance]; decisions=5 | U1        |
      | A1 | improvement_action        | record   | 2026-07-01 |          | source=audit; status=closed                                   |           |
    When the bundle is assessed
    Then criterion CI-RA-3-01 fails
    And the finding for CI-RA-3-01 says "R1 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-RA-3-02 passes with three analyses that reach process causes, each acted on
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                 | refers_to |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=fishbone; occurrences=5; root_cause=预约规则未区分加急件 |           |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=five_whys; occurrences=3; root_cause=政策更新未同步到知识库 |           |
      | E3 | recurring_problem_analysis | record | 2026-08-26 | method=pareto; occurrences=9; root_cause=专家排班与需求高峰错位  |           |
      | A1 | improvement_action         | record | 2026-02-10 | source=analysis; status=closed                             | E1        |
      | A2 | improvement_action         | record | 2026-05-20 | source=analysis; status=closed                             | E2        |
      | A3 | improvement_action         | record | 2026-09-02 | source=analysis; status=in_progress                        | E3        |
    When the bundle is assessed
    Then criterion CI-RA-3-02 passes
    And criterion CI-RA-3-02 cites E3

  Scenario Outline: CI-RA-3-02 fails when an analysis stops at "<cause>"
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                 | refers_to |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=fishbone; occurrences=5; root_cause=预约规则未区分加急件 |           |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=five_whys; occurrences=3; root_cause=<cause>         |           |
      | E3 | recurring_problem_analysis | record | 2026-08-26 | method=pareto; occurrences=9; root_cause=专家排班与需求高峰错位  |           |
      | A1 | improvement_action         | record | 2026-09-02 | source=analysis; status=closed                             | E1, E2, E3 |
    When the bundle is assessed
    Then criterion CI-RA-3-02 fails
    And the finding for CI-RA-3-02 says "must not exist, but E2 does"

    Examples:
      | cause                            |
      | 人为失误                         |
      | 窗口人员员工疏忽导致漏办         |
      | human error                      |
      | Human error at the front desk    |
      | Staff carelessness during intake |

  Scenario: CI-RA-3-02 fails when a problem analysed had happened only once
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                 | refers_to  |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=fishbone; occurrences=5; root_cause=预约规则未区分加急件 |            |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=five_whys; occurrences=1; root_cause=政策更新未同步到知识库 |            |
      | E3 | recurring_problem_analysis | record | 2026-08-26 | method=pareto; occurrences=9; root_cause=专家排班与需求高峰错位  |            |
      | A1 | improvement_action         | record | 2026-09-02 | source=analysis; status=closed                             | E1, E2, E3 |
    When the bundle is assessed
    Then criterion CI-RA-3-02 fails
    And the finding for CI-RA-3-02 says "E2 does not count: it has occurrences = 1; needs occurrences ≥ 2"

  Scenario: CI-RA-3-02 fails when a root cause found led to no corrective action
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                 | refers_to |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=fishbone; occurrences=5; root_cause=预约规则未区分加急件 |           |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=five_whys; occurrences=3; root_cause=政策更新未同步到知识库 |           |
      | E3 | recurring_problem_analysis | record | 2026-08-26 | method=pareto; occurrences=9; root_cause=专家排班与需求高峰错位  |           |
      | A1 | improvement_action         | record | 2026-09-02 | source=analysis; status=closed                             | E1, E2    |
    When the bundle is assessed
    Then criterion CI-RA-3-02 fails
    And the finding for CI-RA-3-02 says "E3 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-RA-3-02 refuses a method that is not a recognised analysis technique
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                    |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=fishbone; occurrences=5; root_cause=预约规则未区分加急件   |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=brainstorm; occurrences=3; root_cause=政策更新未同步到知识库 |
    When the bundle is assessed
    Then the assessment is refused with "'brainstorm' is not a code of topic 'recurring_problem_analysis' (allowed: five_whys, fishbone, pareto, fault_tree, eight_d)"

  Scenario: CI-RA-3-02 reads methods written in Chinese or in capitals as their codes
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                    | refers_to  |
      | E1 | recurring_problem_analysis | record | 2026-02-03 | method=鱼骨图; occurrences=5; root_cause=预约规则未区分加急件     |            |
      | E2 | recurring_problem_analysis | record | 2026-05-12 | method=Five Whys; occurrences=3; root_cause=政策更新未同步到知识库 |            |
      | E3 | recurring_problem_analysis | record | 2026-08-26 | method=PARETO ; occurrences=9; root_cause=专家排班与需求高峰错位  |            |
      | A1 | improvement_action         | record | 2026-09-02 | source=analysis; status=closed                                | E1, E2, E3 |
    When the bundle is assessed
    Then criterion CI-RA-3-02 passes

  Scenario: CI-RA-4-01 passes with a trend and a control-chart analysis that led to decisions
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                     | refers_to |
      | E1 | performance_data_analysis | document | 2026-04-16 | technique=trend                |           |
      | E2 | performance_data_analysis | document | 2026-09-09 | technique=control_chart        |           |
      | A1 | improvement_action        | record   | 2026-04-30 | source=analysis; status=closed | E1        |
      | A2 | improvement_action        | record   | 2026-09-20 | source=analysis; status=open   | E2        |
    When the bundle is assessed
    Then criterion CI-RA-4-01 passes

  Scenario: CI-RA-4-01 fails when an analysis changed nothing
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                     | refers_to |
      | E1 | performance_data_analysis | document | 2026-04-16 | technique=trend                |           |
      | E2 | performance_data_analysis | document | 2026-09-09 | technique=trend                |           |
      | A1 | improvement_action        | record   | 2026-04-30 | source=analysis; status=closed | E1        |
    When the bundle is assessed
    Then criterion CI-RA-4-01 fails
    And the finding for CI-RA-4-01 says "E2 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-RA-5-01 passes when a national authority promoted the practice and three peers learned it
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                    | refers_to |
      | R1 | practice_recognition | document | 2025-09-12 | authority_level=national; practice=数据驱动的服务改进闭环 |           |
      | P1 | peer_learning_record | record   | 2025-11-20 | peer=湖南省中小企业公共服务平台; form=study_visit  | R1        |
      | P2 | peer_learning_record | record   | 2026-03-16 | peer=四川省中小企业服务中心; form=adoption        | R1        |
      | P3 | peer_learning_record | record   | 2026-06-09 | peer=宁波市中小企业服务中心; form=training        | R1        |
    When the bundle is assessed
    Then criterion CI-RA-5-01 passes
    And criterion CI-RA-5-01 cites R1

  Scenario: Probe: CI-RA-5-01 fails when only one of the three peers learned the recognised practice
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                    | refers_to |
      | R1 | practice_recognition | document | 2025-09-12 | authority_level=national; practice=数据驱动的服务改进闭环 |           |
      | P1 | peer_learning_record | record   | 2025-11-20 | peer=湖南省中小企业公共服务平台; form=study_visit  | R1        |
      | P2 | peer_learning_record | record   | 2026-03-16 | peer=四川省中小企业服务中心; form=adoption        |           |
      | P3 | peer_learning_record | record   | 2026-06-09 | peer=宁波市中小企业服务中心; form=training        |           |
    When the bundle is assessed
    Then criterion CI-RA-5-01 fails
    And the finding for CI-RA-5-01 says "R1 does not count: it has peers_learned = 1; needs peers_learned ≥ 3"

  Scenario: Probe: CI-RA-5-01 fails when the peers came before the practice was recognised
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                    | refers_to |
      | R1 | practice_recognition | document | 2026-07-01 | authority_level=national; practice=数据驱动的服务改进闭环 |           |
      | P1 | peer_learning_record | record   | 2025-11-20 | peer=湖南省中小企业公共服务平台; form=study_visit  | R1        |
      | P2 | peer_learning_record | record   | 2026-03-16 | peer=四川省中小企业服务中心; form=adoption        | R1        |
      | P3 | peer_learning_record | record   | 2026-08-09 | peer=宁波市中小企业服务中心; form=training        | R1        |
    When the bundle is assessed
    Then criterion CI-RA-5-01 fails
    And the finding for CI-RA-5-01 says "R1 does not count: it has peers_learned = 1"

  Scenario: CI-RA-5-01 fails when the same peer came three times
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                    | refers_to |
      | R1 | practice_recognition | document | 2025-09-12 | authority_level=provincial; practice=政策精准推送 |           |
      | P1 | peer_learning_record | record   | 2025-11-20 | peer=邻县中小企业服务中心; form=study_visit        | R1        |
      | P2 | peer_learning_record | record   | 2026-03-16 | peer=邻县中小企业服务中心; form=training           | R1        |
      | P3 | peer_learning_record | record   | 2026-06-09 | peer=邻县中小企业服务中心; form=adoption           | R1        |
    When the bundle is assessed
    Then criterion CI-RA-5-01 fails
    And the finding for CI-RA-5-01 says "found 1 distinct value of peer among P1, P2, P3"

  Scenario: CI-RA-5-01 fails when peers came but no authority recognised the practice
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                    | refers_to |
      | R1 | practice_recognition | document | 2025-09-12 | authority_level=county; practice=政策精准推送     |           |
      | P1 | peer_learning_record | record   | 2025-11-20 | peer=甲市中小企业服务中心; form=study_visit        | R1        |
      | P2 | peer_learning_record | record   | 2026-03-16 | peer=乙市中小企业服务中心; form=training           | R1        |
      | P3 | peer_learning_record | record   | 2026-06-09 | peer=丙市中小企业服务中心; form=adoption           | R1        |
    When the bundle is assessed
    Then criterion CI-RA-5-01 fails
    And the finding for CI-RA-5-01 says "R1 does not count: it has authority_level = 'county'; needs authority_level one of 'national', 'provincial'"

  Scenario: Probe: CI-RA-5-01 is about being the benchmark — benchmarking others does not meet it
    Given the evidence:
      | id | topic                | kind     | issued     | attributes                                  |
      | P1 | peer_learning_record | record   | 2026-04-10 | peer=浙江省中小企业服务中心; form=study_visit  |
      | P2 | peer_learning_record | record   | 2026-05-10 | peer=江苏省中小企业服务中心; form=study_visit  |
      | P3 | peer_learning_record | record   | 2026-06-10 | peer=广东省中小企业服务中心; form=study_visit  |
    When the bundle is assessed
    Then criterion CI-RA-5-01 fails
    And the finding for CI-RA-5-01 says "no document of topic 'practice_recognition'"

  # ---------------------------------------------------------- IA improvement actions

  Scenario: CI-IA-1-01 passes with two completed corrections
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                      |
      | E1 | improvement_action | record | 2026-03-04 | source=complaint; status=closed |
      | E2 | improvement_action | record | 2026-08-17 | source=feedback; status=closed  |
    When the bundle is assessed
    Then criterion CI-IA-1-01 passes
    And criterion CI-IA-1-01 cites E2

  Scenario: CI-IA-1-01 fails when the second correction is still in progress
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                           |
      | E1 | improvement_action | record | 2026-03-04 | source=complaint; status=closed      |
      | E2 | improvement_action | record | 2026-08-17 | source=feedback; status=in_progress  |
    When the bundle is assessed
    Then criterion CI-IA-1-01 fails
    And the finding for CI-IA-1-01 says "found 1 (E1)"

  Scenario: CI-IA-2-01 passes with an approved procedure, a register updated this week and every open action owned and dated
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                                                   |
      | E1 | improvement_procedure | document | 2024-09-01 | yes      | covers=[sources,registration,follow_up,verification,closure] |
      | E2 | improvement_register  | system   | 2026-10-28 |          | actions=37; open=1                                           |
      | A1 | improvement_action    | record   | 2026-09-14 |          | status=in_progress; owner=运营部 刘洋; due=2026-12-15           |
      | A2 | improvement_action    | record   | 2026-05-02 |          | status=closed; owner=客服部 黄蕾; due=2026-06-30                |
    When the bundle is assessed
    Then criterion CI-IA-2-01 passes
    And criterion CI-IA-2-01 cites E1
    And criterion CI-IA-2-01 cites E2

  Scenario: CI-IA-2-01 passes on the assessor's observation of the register in the system
    Given the evidence:
      | id | topic                 | kind        | issued     | approved | attributes                                         |
      | E1 | improvement_procedure | document    | 2024-09-01 | yes      | covers=[registration,follow_up,closure]            |
      | E2 | improvement_register  | observation | 2026-10-30 |          | actions=37; open=1                                 |
      | A1 | improvement_action    | record      | 2026-09-14 |          | status=in_progress; owner=运营部 刘洋; due=2026-12-15 |
    When the bundle is assessed
    Then criterion CI-IA-2-01 passes
    And criterion CI-IA-2-01 cites E2

  Scenario: CI-IA-2-01 fails when the register was last touched in May
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                              |
      | E1 | improvement_procedure | document | 2024-09-01 | yes      | covers=[registration,follow_up,closure] |
      | E2 | improvement_register  | document | 2026-05-31 |          | actions=21; open=0                      |
    When the bundle is assessed
    Then criterion CI-IA-2-01 fails
    And the finding for CI-IA-2-01 says "E2 does not count: it dates from 2026-05-31"

  Scenario: CI-IA-2-01 fails when an open action has no deadline
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                              |
      | E1 | improvement_procedure | document | 2024-09-01 | yes      | covers=[registration,follow_up,closure] |
      | E2 | improvement_register  | system   | 2026-10-28 |          | actions=21; open=1                      |
      | A1 | improvement_action    | record   | 2026-09-14 |          | status=open; owner=运营部 刘洋             |
    When the bundle is assessed
    Then criterion CI-IA-2-01 fails
    And the finding for CI-IA-2-01 says "must not exist, but A1 does"

  Scenario: CI-IA-2-01 fails when the register counts open actions the bundle leaves out
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                                        |
      | E1 | improvement_procedure | document | 2024-09-01 | yes      | covers=[registration,follow_up,closure]           |
      | E2 | improvement_register  | system   | 2026-10-28 |          | actions=21; open=4                                |
      | A1 | improvement_action    | record   | 2026-09-14 |          | status=open; owner=运营部 刘洋; due=2026-12-15       |
    When the bundle is assessed
    Then criterion CI-IA-2-01 fails
    And the finding for CI-IA-2-01 says "E2 does not count: it has summary_agrees = false"

  Scenario: CI-IA-3-01 passes with five verified actions and two overdue
    Given the evidence:
      | id | topic                    | kind   | issued     | attributes                                       | refers_to |
      | E1 | improvement_action       | record | 2025-12-10 | status=closed; closed=2026-01-20                  |           |
      | E2 | improvement_action       | record | 2026-02-22 | status=closed; closed=2026-03-30                  |           |
      | E3 | improvement_action       | record | 2026-04-30 | status=closed; closed=2026-05-28                  |           |
      | E4 | improvement_action       | record | 2026-07-13 | status=closed; closed=2026-08-10                  |           |
      | E5 | improvement_action       | record | 2026-09-01 | status=closed; closed=2026-09-25                  |           |
      | E6 | improvement_action       | record | 2026-06-05 | status=overdue; owner=甲; due=2026-08-31            |           |
      | E7 | improvement_action       | record | 2026-07-19 | status=in_progress; owner=乙; due=2026-09-30        |           |
      | R  | improvement_register     | system | 2026-10-28 | actions=40; open=2                                |           |
      | V1 | improvement_verification | record | 2026-04-20 | result=effective                                  | E1        |
      | V2 | improvement_verification | record | 2026-06-30 | result=effective                                  | E2        |
      | V3 | improvement_verification | record | 2026-08-28 | result=effective                                  | E3        |
      | V4 | improvement_verification | record | 2026-10-10 | result=effective                                  | E4        |
      | V5 | improvement_verification | record | 2026-10-25 | result=effective                                  | E5        |
    When the bundle is assessed
    Then criterion CI-IA-3-01 passes
    And criterion CI-IA-3-01 cites E5

  Scenario: CI-IA-3-01 fails when three actions are past their deadline, however old
    Given the evidence:
      | id | topic                    | kind   | issued     | attributes                                 | refers_to |
      | E1 | improvement_action       | record | 2025-12-10 | status=closed; closed=2026-01-20            |           |
      | E2 | improvement_action       | record | 2026-02-22 | status=closed; closed=2026-03-30            |           |
      | E3 | improvement_action       | record | 2026-04-30 | status=closed; closed=2026-05-28            |           |
      | E4 | improvement_action       | record | 2026-07-13 | status=closed; closed=2026-08-10            |           |
      | E5 | improvement_action       | record | 2026-09-01 | status=closed; closed=2026-09-25            |           |
      | E6 | improvement_action       | record | 2024-03-15 | status=open; owner=甲; due=2024-06-30         |           |
      | E7 | improvement_action       | record | 2026-06-05 | status=in_progress; owner=乙; due=2026-08-31  |           |
      | E8 | improvement_action       | record | 2026-07-19 | status=overdue; owner=丙; due=2026-09-30      |           |
      | R  | improvement_register     | system | 2026-10-28 | actions=40; open=3                          |           |
      | V1 | improvement_verification | record | 2026-04-20 | result=effective                            | E1        |
      | V2 | improvement_verification | record | 2026-06-30 | result=effective                            | E2        |
      | V3 | improvement_verification | record | 2026-08-28 | result=effective                            | E3        |
      | V4 | improvement_verification | record | 2026-10-10 | result=effective                            | E4        |
      | V5 | improvement_verification | record | 2026-10-25 | result=effective                            | E5        |
    When the bundle is assessed
    Then criterion CI-IA-3-01 fails
    And the finding for CI-IA-3-01 says "must not exist, but E6, E7, E8 do"

  Scenario: CI-IA-3-01 fails when an action was closed without checking its effect
    Given the evidence:
      | id | topic                    | kind   | issued     | attributes                       | refers_to |
      | E1 | improvement_action       | record | 2025-12-10 | status=closed; closed=2026-01-20  |           |
      | E2 | improvement_action       | record | 2026-02-22 | status=closed; closed=2026-03-30  |           |
      | E3 | improvement_action       | record | 2026-04-30 | status=closed; closed=2026-05-28  |           |
      | E4 | improvement_action       | record | 2026-07-13 | status=closed; closed=2026-08-10  |           |
      | E5 | improvement_action       | record | 2026-09-01 | status=closed; closed=2026-09-25  |           |
      | R  | improvement_register     | system | 2026-10-28 | actions=40; open=0                |           |
      | V1 | improvement_verification | record | 2026-04-20 | result=effective                  | E1        |
      | V2 | improvement_verification | record | 2026-06-30 | result=effective                  | E2        |
      | V3 | improvement_verification | record | 2026-08-28 | result=effective                  | E3        |
      | V4 | improvement_verification | record | 2026-10-10 | result=effective                  | E4        |
      | V5 | improvement_verification | record | 2026-10-25 | result=not_effective              | E5        |
    When the bundle is assessed
    Then criterion CI-IA-3-01 fails
    And the finding for CI-IA-3-01 says "E5 does not count: it is referred to by no record of topic 'improvement_verification'"

  Scenario: Probe: CI-IA-3-01 does not count open actions the bundle leaves out — the register must agree
    Given the evidence:
      | id | topic                    | kind   | issued     | attributes                       | refers_to |
      | E1 | improvement_action       | record | 2025-12-10 | status=closed; closed=2026-01-20  |           |
      | E2 | improvement_action       | record | 2026-02-22 | status=closed; closed=2026-03-30  |           |
      | E3 | improvement_action       | record | 2026-04-30 | status=closed; closed=2026-05-28  |           |
      | E4 | improvement_action       | record | 2026-07-13 | status=closed; closed=2026-08-10  |           |
      | E5 | improvement_action       | record | 2026-09-01 | status=closed; closed=2026-09-25  |           |
      | R  | improvement_register     | system | 2026-10-28 | actions=40; open=6                |           |
      | V1 | improvement_verification | record | 2026-04-20 | result=effective                  | E1        |
      | V2 | improvement_verification | record | 2026-06-30 | result=effective                  | E2        |
      | V3 | improvement_verification | record | 2026-08-28 | result=effective                  | E3        |
      | V4 | improvement_verification | record | 2026-10-10 | result=effective                  | E4        |
      | V5 | improvement_verification | record | 2026-10-25 | result=effective                  | E5        |
    When the bundle is assessed
    Then criterion CI-IA-3-01 fails
    And the finding for CI-IA-3-01 says "R does not count: it has summary_agrees = false"

  Scenario: CI-IA-4-01 passes on four quarters measured, the one below target analysed and acted on
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IA; indicator=改进措施按期关闭率; baseline=84; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 90.5 | % | 2025-Q4 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88 | % | 2026-Q1 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92.6 | % | 2026-Q2 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 91.3 | % | 2026-Q3 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | DEV-1 | deviation_analysis    | record   | 2026-04-20 |          |       |      |         | M2        | subdomain=CI-IA; cause=措施期限一刀切; action=按难度分级设定期限; action_status=completed |
    When the bundle is assessed
    Then criterion CI-IA-4-01 passes
    And criterion CI-IA-4-01 cites IND-1
    And criterion CI-IA-4-01 cites M2

  Scenario: CI-IA-4-01 fails when the quarter below target was never analysed
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IA; indicator=改进措施按期关闭率; baseline=84; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 90.5 | % | 2025-Q4 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88 | % | 2026-Q1 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92.6 | % | 2026-Q2 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 91.3 | % | 2026-Q3 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-IA-4-01 fails
    And the finding for CI-IA-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: Probe: CI-IA-4-01 fails on one good figure reported once — a level-4 threshold is not management by numbers
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IA; indicator=改进措施按期关闭率; baseline=84; target=90; direction=higher_better; owner=质量部 |
      | M1    | indicator_measurement | metric   | 2026-10-10 |          | 96.3 | % | 2026-Q3 | IND-1     | subdomain=CI-IA; indicator=改进措施按期关闭率; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-IA-4-01 fails
    And the finding for CI-IA-4-01 says "found 1 distinct quarter among M1"

  Scenario: CI-IA-4-02 passes with two method-based projects measured against their baseline
    Given the evidence:
      | id | topic               | kind     | issued     | attributes                                                                  |
      | E1 | improvement_project | document | 2025-10-30 | method=pdca; indicator=平均办结天数; unit=天; baseline=7.5; target=5; result=4.8       |
      | E2 | improvement_project | document | 2026-06-18 | method=qc_circle; indicator=一次通过率; unit=百分比; baseline=62; target=80; result=83 |
    When the bundle is assessed
    Then criterion CI-IA-4-02 passes

  Scenario: CI-IA-4-02 fails when a project never measured its starting point
    Given the evidence:
      | id | topic               | kind     | issued     | attributes                                                            |
      | E1 | improvement_project | document | 2025-10-30 | method=pdca; indicator=平均办结天数; unit=天; baseline=7.5; target=5; result=4.8 |
      | E2 | improvement_project | document | 2026-06-18 | method=lean; indicator=一次通过率; unit=百分比; target=80; result=83            |
    When the bundle is assessed
    Then criterion CI-IA-4-02 fails
    And the finding for CI-IA-4-02 says "E2 does not count: it records no baseline"

  Scenario: CI-IA-4-02 fails when the result is told in words, not measured
    Given the evidence:
      | id | topic               | kind     | issued     | attributes                                                            |
      | E1 | improvement_project | document | 2025-10-30 | method=pdca; indicator=平均办结天数; unit=天; baseline=7.5; target=5; result=4.8 |
      | E2 | improvement_project | document | 2026-06-18 | method=lean; indicator=一次通过率; unit=百分比; baseline=62; target=80          |
    When the bundle is assessed
    Then criterion CI-IA-4-02 fails
    And the finding for CI-IA-4-02 says "E2 does not count: it records no result"

  Scenario: CI-IA-5-01 passes with three years of rising performance
    Given the evidence:
      | id | topic                         | kind   | issued     | value | unit | period |
      | E1 | performance_improvement_trend | metric | 2024-01-20 | 4.2   | %    | 2023   |
      | E2 | performance_improvement_trend | metric | 2025-01-18 | 3.1   | %    | 2024   |
      | E3 | performance_improvement_trend | metric | 2026-01-22 | 5.0   | %    | 2025   |
    When the bundle is assessed
    Then criterion CI-IA-5-01 passes
    And criterion CI-IA-5-01 cites E1

  Scenario: CI-IA-5-01 fails when performance slipped in one year
    Given the evidence:
      | id | topic                         | kind   | issued     | value | unit | period |
      | E1 | performance_improvement_trend | metric | 2024-01-20 | 4.2   | %    | 2023   |
      | E2 | performance_improvement_trend | metric | 2025-01-18 | -1.5  | %    | 2024   |
      | E3 | performance_improvement_trend | metric | 2026-01-22 | 5.0   | %    | 2025   |
    When the bundle is assessed
    Then criterion CI-IA-5-01 fails
    And the finding for CI-IA-5-01 says "found 2 distinct years among E1, E3"
    And the finding for CI-IA-5-01 says "E2 does not count: it has value -1.5 %; needs > 0"

  Scenario: Probe: CI-IA-5-01 fails on three gains all reported for one year — three years running means three distinct years
    Given the evidence:
      | id | topic                         | kind   | issued     | value | unit | period  |
      | E1 | performance_improvement_trend | metric | 2026-01-20 | 4.2   | %    | 2025    |
      | E2 | performance_improvement_trend | metric | 2026-02-18 | 3.1   | %    | 2025    |
      | E3 | performance_improvement_trend | metric | 2026-03-22 | 5.0   | %    | 2025-Q4 |
    When the bundle is assessed
    Then criterion CI-IA-5-01 fails
    And the finding for CI-IA-5-01 says "found 1 distinct year among E1, E2, E3"
    And the finding for CI-IA-5-01 says "counting distinct years"

  # ------------------------------------------------------- IL innovation and leadership

  Scenario: CI-IL-1-01 passes with suggestions from staff, clients and a partner
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes     |
      | E1 | improvement_suggestion | record | 2026-02-11 | source=staff   |
      | E2 | improvement_suggestion | record | 2026-05-06 | source=client  |
      | E3 | improvement_suggestion | record | 2026-09-30 | source=partner |
    When the bundle is assessed
    Then criterion CI-IL-1-01 passes

  Scenario: CI-IL-1-01 fails with two suggestions in a year
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes    |
      | E1 | improvement_suggestion | record | 2026-02-11 | source=staff  |
      | E2 | improvement_suggestion | record | 2026-05-06 | source=client |
    When the bundle is assessed
    Then criterion CI-IL-1-01 fails
    And the finding for CI-IL-1-01 says "found 2 (E1, E2)"

  Scenario: CI-IL-2-01 passes with two adopted suggestions put into practice by closed actions
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes                     | refers_to |
      | E1 | improvement_suggestion | record | 2026-02-11 | source=staff; decision=adopted  |           |
      | E2 | improvement_suggestion | record | 2026-05-06 | source=client; decision=adopted |           |
      | A1 | improvement_action     | record | 2026-02-20 | source=feedback; status=closed  | E1        |
      | A2 | improvement_action     | record | 2026-05-15 | source=feedback; status=closed  | E2        |
    When the bundle is assessed
    Then criterion CI-IL-2-01 passes

  Scenario: CI-IL-2-01 fails when an adopted suggestion is still waiting to be implemented
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes                          | refers_to |
      | E1 | improvement_suggestion | record | 2026-02-11 | source=staff; decision=adopted       |           |
      | E2 | improvement_suggestion | record | 2026-05-06 | source=client; decision=adopted      |           |
      | A1 | improvement_action     | record | 2026-02-20 | source=feedback; status=closed       | E1        |
      | A2 | improvement_action     | record | 2026-05-15 | source=feedback; status=in_progress  | E2        |
    When the bundle is assessed
    Then criterion CI-IL-2-01 fails
    And the finding for CI-IL-2-01 says "E2 does not count: it is referred to by no record of topic 'improvement_action'"

  Scenario: CI-IL-3-01 passes with an innovation rule in force that funds and has rewarded
    Given the evidence:
      | id | topic                | kind     | issued     | valid_until | approved | attributes                       | refers_to |
      | E1 | innovation_mechanism | document | 2025-04-01 | 2028-03-31  | yes      | annual_budget=120                |           |
      | W1 | innovation_reward    | record   | 2026-01-15 |             |          | recipient=数据产品组; amount=20000 | E1        |
    When the bundle is assessed
    Then criterion CI-IL-3-01 passes
    And criterion CI-IL-3-01 cites E1

  Scenario: CI-IL-3-01 fails when the rule sets no budget
    Given the evidence:
      | id | topic                | kind     | issued     | valid_until | approved | attributes                       | refers_to |
      | E1 | innovation_mechanism | document | 2025-04-01 | 2028-03-31  | yes      | annual_budget=0                  |           |
      | W1 | innovation_reward    | record   | 2026-01-15 |             |          | recipient=数据产品组; amount=20000 | E1        |
    When the bundle is assessed
    Then criterion CI-IL-3-01 fails
    And the finding for CI-IL-3-01 says "has annual_budget = 0; needs annual_budget > 0"

  Scenario: CI-IL-3-01 fails when no reward was ever paid under the rule
    Given the evidence:
      | id | topic                | kind     | issued     | valid_until | approved | attributes        |
      | E1 | innovation_mechanism | document | 2025-04-01 | 2028-03-31  | yes      | annual_budget=120 |
    When the bundle is assessed
    Then criterion CI-IL-3-01 fails
    And the finding for CI-IL-3-01 says "E1 does not count: it is referred to by no record of topic 'innovation_reward'"

  Scenario: CI-IL-3-01 fails when the rule has lapsed
    Given the evidence:
      | id | topic                | kind     | issued     | valid_until | approved | attributes                       | refers_to |
      | E1 | innovation_mechanism | document | 2024-01-01 | 2025-12-31  | yes      | annual_budget=120                |           |
      | W1 | innovation_reward    | record   | 2025-06-15 |             |          | recipient=数据产品组; amount=20000 | E1        |
    When the bundle is assessed
    Then criterion CI-IL-3-01 fails
    And the finding for CI-IL-3-01 says "expired on 2025-12-31"

  Scenario: CI-IL-4-01 passes with a pilot designed from three data sources
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes                  |
      | E2 | data_driven_innovation | document | 2026-05-20 | data_sources=3; stage=pilot |
    When the bundle is assessed
    Then criterion CI-IL-4-01 passes
    And criterion CI-IL-4-01 cites E2

  Scenario: CI-IL-4-01 fails when the innovation is still only an idea
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes                 |
      | E2 | data_driven_innovation | document | 2026-05-20 | data_sources=3; stage=idea |
    When the bundle is assessed
    Then criterion CI-IL-4-01 fails
    And the finding for CI-IL-4-01 says "has stage = 'idea'; needs stage one of 'pilot', 'launched'"

  Scenario: CI-IL-4-01 fails when the innovation rests on one data source
    Given the evidence:
      | id | topic                  | kind     | issued     | attributes                     |
      | E2 | data_driven_innovation | document | 2026-05-20 | data_sources=1; stage=launched |
    When the bundle is assessed
    Then criterion CI-IL-4-01 fails
    And the finding for CI-IL-4-01 says "has data_sources = 1; needs data_sources ≥ 2"

  Scenario: CI-IL-4-02 passes on four quarters measured, the one below target analysed and acted on
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IL; indicator=创新投入占总支出比重; baseline=3.1; target=4; direction=higher_better; owner=财务部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 4.3 | % | 2025-Q4 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 3.6 | % | 2026-Q1 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 4.1 | % | 2026-Q2 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 4.2 | % | 2026-Q3 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | DEV-1 | deviation_analysis    | record   | 2026-04-20 |          |       |      |         | M2        | subdomain=CI-IL; cause=创新专项预算批复延迟; action=创新专项资金年初提前预拨; action_status=completed |
    When the bundle is assessed
    Then criterion CI-IL-4-02 passes
    And criterion CI-IL-4-02 cites IND-1
    And criterion CI-IL-4-02 cites M2

  Scenario: CI-IL-4-02 fails when the quarter below target was never analysed
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IL; indicator=创新投入占总支出比重; baseline=3.1; target=4; direction=higher_better; owner=财务部 |
      | M1    | indicator_measurement | metric   | 2026-01-10 |          | 4.3 | % | 2025-Q4 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M2    | indicator_measurement | metric   | 2026-04-10 |          | 3.6 | % | 2026-Q1 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M3    | indicator_measurement | metric   | 2026-07-10 |          | 4.1 | % | 2026-Q2 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
      | M4    | indicator_measurement | metric   | 2026-10-10 |          | 4.2 | % | 2026-Q3 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-IL-4-02 fails
    And the finding for CI-IL-4-02 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: Probe: CI-IL-4-02 fails on one good figure reported once — a level-4 threshold is not management by numbers
    Given the evidence:
      | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=CI-IL; indicator=创新投入占总支出比重; baseline=3.1; target=4; direction=higher_better; owner=财务部 |
      | M1    | indicator_measurement | metric   | 2026-10-10 |          | 9.2 | % | 2026-Q3 | IND-1     | subdomain=CI-IL; indicator=创新投入占总支出比重; target=4; direction=higher_better |
    When the bundle is assessed
    Then criterion CI-IL-4-02 fails
    And the finding for CI-IL-4-02 says "found 1 distinct quarter among M1"

  Scenario Outline: CI-IL-5-01 passes on a designation in force or on national awards (<route>)
    Given the evidence:
      | id | topic              | kind     | issued     | valid_until | attributes    |
      | E1 | sector_recognition | document | 2024-12-20 | <until>     | <attributes1> |
      | E2 | sector_recognition | document | 2026-04-08 |             | <attributes2> |
    When the bundle is assessed
    Then criterion CI-IL-5-01 passes

    Examples:
      | route       | until      | attributes1                                  | attributes2                      |
      | designation | 2027-12-31 | type=demonstration_platform; level=national  | type=award; level=provincial     |
      | awards      |            | type=award; level=national                   | type=benchmark_case; level=national |

  Scenario: CI-IL-5-01 fails when the designation has lapsed and the award is provincial
    Given the evidence:
      | id | topic              | kind     | issued     | valid_until | attributes                                   |
      | E1 | sector_recognition | document | 2022-12-20 | 2025-12-31  | type=demonstration_platform; level=national |
      | E2 | sector_recognition | document | 2026-04-08 |             | type=award; level=provincial                |
    When the bundle is assessed
    Then criterion CI-IL-5-01 fails
    And the finding for CI-IL-5-01 says "E1 does not count: it expired on 2025-12-31"
    And the finding for CI-IL-5-01 says "E2 does not count: it has level = 'provincial'; needs level = 'national'"

  Scenario: CI-IL-5-02 passes as co-drafter of a group standard
    Given the evidence:
      | id | topic                           | kind     | issued     | attributes                           |
      | E1 | standard_drafting_participation | document | 2025-07-01 | standard_level=group; role=co_drafter |
    When the bundle is assessed
    Then criterion CI-IL-5-02 passes

  Scenario: CI-IL-5-02 fails when the provider only commented on the draft
    Given the evidence:
      | id | topic                           | kind     | issued     | attributes                           |
      | E1 | standard_drafting_participation | document | 2025-07-01 | standard_level=national; role=reviewer |
    When the bundle is assessed
    Then criterion CI-IL-5-02 fails
    And the finding for CI-IL-5-02 says "has role = 'reviewer'; needs role one of 'lead_drafter', 'co_drafter'"

  # ---------------------------------------------------------------------- roll-up

  Scenario: CI-ME-1-02 to CI-IL-5-02 all met puts continual improvement at level 5
    Given evidence meeting every criterion up to level 5 in domain CI
    When the bundle is assessed
    Then criterion CI-IA-3-01 passes
    And criterion CI-IL-5-02 passes
    And domain CI is at level 5

  Scenario: CI-ME-3-01 missing holds measurement at level 2
    Given evidence meeting every criterion up to level 5 in domain CI
    But without the evidence for criterion CI-ME-3-01
    When the bundle is assessed
    Then criterion CI-ME-3-01 fails
    And sub-domain CI-ME is at level 2
    And sub-domain CI-ME is blocked by CI-ME-3-01
    And sub-domain CI-RA is at level 5
    And domain CI is at level 2

  Scenario: CI-RA-2-02 excluded for a fee-funded provider keeps review and analysis at level 3
    Given evidence meeting every criterion up to level 3 in domain CI
    But without the evidence for criterion CI-RA-2-02
    And criterion CI-RA-2-02 is excluded because "the firm receives no subsidies and delivers no government-purchased services; all income is from client fees"
    When the bundle is assessed
    Then criterion CI-RA-2-02 is not applicable
    And sub-domain CI-RA is at level 3
    And domain CI is at level 3

  Scenario: CI-RA-2-02 blocks level 2 again once its exclusion has expired
    Given evidence meeting every criterion up to level 3 in domain CI
    But without the evidence for criterion CI-RA-2-02
    And criterion CI-RA-2-02 is excluded because "the public funding agreement ended and no funded project was open in 2025" until 2026-03-31
    When the bundle is assessed
    Then criterion CI-RA-2-02 fails
    And sub-domain CI-RA is at level 1
    And sub-domain CI-RA is blocked by CI-RA-2-02

  Scenario: CI-IA-3-01 may not be excluded
    Given criterion CI-IA-3-01 is excluded because "our improvement actions are tracked informally and we prefer not to be rated on them"
    When the bundle is assessed
    Then the assessment is refused with "may not be excluded"
