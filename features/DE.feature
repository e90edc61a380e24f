Feature: 服务设计 Service design (DE)
  Every criterion of clause 6 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------- SC service catalogue and solution design

  Scenario: DE-SC-1-01 passes with a recent plan that names steps and who is responsible
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                                               |
      | E1 | service_implementation_plan | document | 2026-02-10 | service=policy_application; steps=5; responsible=Enterprise Service Dept |
    When the bundle is assessed
    Then criterion DE-SC-1-01 passes
    And criterion DE-SC-1-01 cites E1

  Scenario: DE-SC-1-01 fails when the plan names nobody responsible
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                          |
      | E1 | service_implementation_plan | document | 2026-02-10 | service=policy_application; steps=5 |
    When the bundle is assessed
    Then criterion DE-SC-1-01 fails
    And the finding for DE-SC-1-01 says "records no responsible; needs responsible recorded"

  Scenario: DE-SC-1-01 fails when the only plan is more than a year old
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                   |
      | E1 | service_implementation_plan | document | 2025-06-30 | steps=5; responsible=Enterprise Service Dept |
    When the bundle is assessed
    Then criterion DE-SC-1-01 fails
    And the finding for DE-SC-1-01 says "dates from 2025-06-30 (489 days old, more than 365)"

  Scenario: DE-SC-2-01 passes on the attached catalogue of the provincial centre, published on its website and in the hall
    Given the sample bundle "provincial-sme-centre-4star.yaml"
    When the bundle is assessed
    Then criterion DE-SC-2-01 passes
    And criterion DE-SC-2-01 cites EV-DE-002

  Scenario: DE-SC-2-01 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                                                                   |
      | E1 | service_catalogue | document | 2026-01-05 | 2027-12-31  | yes      | services=12; published_at=WeChat service account; fields=[content,target_client,service_level,owner,fee] |
    When the bundle is assessed
    Then criterion DE-SC-2-01 fails
    And the finding for DE-SC-2-01 says "only claimed: E1 has no attached document"

  Scenario: DE-SC-2-01 fails when catalogue entries name no owning unit
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                                                                 |
      | E1 | service_catalogue | document | 2026-01-05 | 2027-12-31  | yes      | services=12; published_at=service hall notice board; fields=[content,target_client,service_level] |
    When the bundle is assessed
    Then criterion DE-SC-2-01 fails
    And the finding for DE-SC-2-01 says "needs (fields including 'owner')"

  Scenario: DE-SC-2-01 fails when the catalogue is for internal use only (it says nowhere enterprises can see it)
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                    |
      | E1 | service_catalogue | document | 2026-01-05 | 2027-12-31  | yes      | services=12; fields=[content,service_level,owner] |
    When the bundle is assessed
    Then criterion DE-SC-2-01 fails
    And the finding for DE-SC-2-01 says "records no published_at; needs published_at recorded"

  Scenario: Probe: DE-SC-2-01 is not met by a published list without owners plus an internal list with owners
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                                              |
      | E1 | service_catalogue | document | 2026-01-05 | 2027-12-31  | yes      | services=12; published_at=website; fields=[content,service_level]       |
      | E2 | service_catalogue | document | 2026-01-05 | 2027-12-31  | yes      | services=2; fields=[content,owner]                                      |
    When the bundle is assessed
    Then criterion DE-SC-2-01 fails
    And the finding for DE-SC-2-01 says "E1 does not count"
    And the finding for DE-SC-2-01 says "E2 does not count"

  Scenario: DE-SC-2-02 passes with three approved service blueprints
    Given the evidence:
      | id | topic             | kind     | issued     | approved | attributes                                                              |
      | E1 | service_blueprint | document | 2025-03-12 | yes      | service=financing_match; stages=6; touchpoints=3; roles_defined=true    |
      | E2 | service_blueprint | document | 2025-08-20 | yes      | service=policy_application; stages=4; touchpoints=2; roles_defined=true |
      | E3 | service_blueprint | document | 2026-04-02 | yes      | service=ip_filing; stages=5; touchpoints=2; roles_defined=true          |
    When the bundle is assessed
    Then criterion DE-SC-2-02 passes
    And criterion DE-SC-2-02 cites E3

  Scenario: DE-SC-2-02 fails when one of the three blueprints was never approved
    Given the evidence:
      | id | topic             | kind     | issued     | approved | attributes                                  |
      | E1 | service_blueprint | document | 2025-03-12 | yes      | stages=6; touchpoints=3; roles_defined=true |
      | E2 | service_blueprint | document | 2025-08-20 | yes      | stages=4; touchpoints=2; roles_defined=true |
      | E3 | service_blueprint | document | 2026-04-02 |          | stages=5; touchpoints=2; roles_defined=true |
    When the bundle is assessed
    Then criterion DE-SC-2-02 fails
    And the finding for DE-SC-2-02 says "found 2 (E1, E2)"
    And the finding for DE-SC-2-02 says "E3 does not count: it is not approved"

  Scenario: DE-SC-3-01 passes with a design procedure and two approved design reviews
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | refers_to | attributes                                               |
      | E1 | service_design_procedure | document | 2024-09-01 | yes      |           | stages=[needs_analysis,design,review,pilot,approval]     |
      | E2 | service_design_review    | record   | 2026-03-18 |          | E1        | service=export_compliance; outcome=approved              |
      | E3 | service_design_review    | record   | 2026-07-09 |          | E1        | service=digital_diagnosis; outcome=approved_with_changes |
    When the bundle is assessed
    Then criterion DE-SC-3-01 passes
    And criterion DE-SC-3-01 cites E1

  Scenario: DE-SC-3-01 fails when no review record names the procedure it followed
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                               |
      | E1 | service_design_procedure | document | 2024-09-01 | yes      | stages=[needs_analysis,design,review,pilot,approval]     |
      | E2 | service_design_review    | record   | 2026-03-18 |          | service=export_compliance; outcome=approved              |
      | E3 | service_design_review    | record   | 2026-07-09 |          | service=digital_diagnosis; outcome=approved_with_changes |
    When the bundle is assessed
    Then criterion DE-SC-3-01 fails
    And the finding for DE-SC-3-01 says "each referred to by a record of topic 'service_design_review'"

  Scenario: DE-SC-3-01 fails when one of the two reviews rejected the design
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                           |
      | E1 | service_design_procedure | document | 2024-09-01 | yes      | stages=[needs_analysis,design,review,pilot,approval] |
      | E2 | service_design_review    | record   | 2026-03-18 |          | outcome=approved                                     |
      | E3 | service_design_review    | record   | 2026-07-09 |          | outcome=rejected                                     |
    When the bundle is assessed
    Then criterion DE-SC-3-01 fails
    And the finding for DE-SC-3-01 says "has outcome = 'rejected'; needs outcome one of 'approved', 'approved_with_changes'"

  Scenario: DE-SC-3-01 fails when the procedure has no review step
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                              |
      | E1 | service_design_procedure | document | 2024-09-01 | yes      | stages=[needs_analysis,design,approval] |
      | E2 | service_design_review    | record   | 2026-03-18 |          | outcome=approved                        |
      | E3 | service_design_review    | record   | 2026-07-09 |          | outcome=approved                        |
    When the bundle is assessed
    Then criterion DE-SC-3-01 fails
    And the finding for DE-SC-3-01 says "needs stages including 'review'"

  Scenario: DE-SC-4-01 passes with two data-based reviews that set targets
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                              |
      | E1 | service_design_review | record | 2026-02-11 | data_source=platform request statistics; kpi_targets=4  |
      | E2 | service_design_review | record | 2026-08-27 | data_source=2025 client survey (412 replies); kpi_targets=3 |
    When the bundle is assessed
    Then criterion DE-SC-4-01 passes

  Scenario: DE-SC-4-01 fails when one design was argued from experience alone
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                             |
      | E1 | service_design_review | record | 2026-02-11 | data_source=platform request statistics; kpi_targets=4 |
      | E2 | service_design_review | record | 2026-08-27 | kpi_targets=3                                          |
    When the bundle is assessed
    Then criterion DE-SC-4-01 fails
    And the finding for DE-SC-4-01 says "records no data_source; needs data_source recorded"

  Scenario: DE-SC-5-01 passes with two co-designed services in pilot or launched
    Given the evidence:
      | id | topic             | kind   | issued     | attributes                              |
      | E1 | service_co_design | record | 2025-05-20 | enterprises_involved=12; stage=launched |
      | E2 | service_co_design | record | 2026-06-03 | enterprises_involved=7; stage=pilot     |
    When the bundle is assessed
    Then criterion DE-SC-5-01 passes

  Scenario: DE-SC-5-01 fails when a co-design project is still a concept
    Given the evidence:
      | id | topic             | kind   | issued     | attributes                              |
      | E1 | service_co_design | record | 2025-05-20 | enterprises_involved=12; stage=launched |
      | E2 | service_co_design | record | 2026-06-03 | enterprises_involved=7; stage=concept   |
    When the bundle is assessed
    Then criterion DE-SC-5-01 fails
    And the finding for DE-SC-5-01 says "has stage = 'concept'; needs stage one of 'pilot', 'launched'"

  Scenario: DE-SC-5-02 passes when the provider led a published group standard
    Given the evidence:
      | id | topic                         | kind     | issued     | attributes                                        |
      | E1 | service_standard_contribution | document | 2024-12-12 | standard_level=group; role=lead_drafter; status=published |
    When the bundle is assessed
    Then criterion DE-SC-5-02 passes
    And criterion DE-SC-5-02 cites E1

  Scenario: DE-SC-5-02 passes when three peers adopted the service design
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes              |
      | E1 | service_design_adoption | document | 2025-04-01 | adopter=County Centre A |
      | E2 | service_design_adoption | document | 2025-10-15 | adopter=County Centre B |
      | E3 | service_design_adoption | record   | 2026-05-30 | adopter=Incubator C     |
    When the bundle is assessed
    Then criterion DE-SC-5-02 passes

  Scenario: DE-SC-5-02 fails for a mere co-drafter with only two adopters
    Given the evidence:
      | id | topic                         | kind     | issued     | attributes                                               |
      | E1 | service_standard_contribution | document | 2024-12-12 | standard_level=group; role=co_drafter; status=published |
      | E2 | service_design_adoption       | document | 2025-04-01 | adopter=County Centre A                                  |
      | E3 | service_design_adoption       | document | 2025-10-15 | adopter=County Centre B                                  |
    When the bundle is assessed
    Then criterion DE-SC-5-02 fails
    And the finding for DE-SC-5-02 says "has role = 'co_drafter'; needs role = 'lead_drafter'"
    And the finding for DE-SC-5-02 says "found 2 (E2, E3)"

  # ----------------------------------------------- SL service levels and commitments

  Scenario: DE-SL-1-01 passes with commitments on the service-hall notice board
    Given the evidence:
      | id | topic              | kind        | issued     | attributes                                        |
      | E1 | service_commitment | observation | 2026-10-20 | published_at=service hall notice board; response_hours=48 |
    When the bundle is assessed
    Then criterion DE-SL-1-01 passes
    And criterion DE-SL-1-01 cites E1

  Scenario: DE-SL-1-01 fails when the commitments promise no response time
    Given the evidence:
      | id | topic              | kind     | issued     | attributes              |
      | E1 | service_commitment | document | 2026-03-01 | published_at=website    |
    When the bundle is assessed
    Then criterion DE-SL-1-01 fails
    And the finding for DE-SL-1-01 says "records no response_hours; needs response_hours > 0"

  Scenario: DE-SL-1-01 fails when the published commitments have expired
    Given the evidence:
      | id | topic              | kind     | issued     | valid_until | attributes                           |
      | E1 | service_commitment | document | 2024-01-01 | 2025-12-31  | published_at=website; response_hours=24 |
    When the bundle is assessed
    Then criterion DE-SL-1-01 fails
    And the finding for DE-SL-1-01 says "expired on 2025-12-31"

  Scenario: DE-SL-2-01 passes on the attached service standard of the provincial centre (12 services, first response in 8 hours)
    Given the sample bundle "provincial-sme-centre-4star.yaml"
    When the bundle is assessed
    Then criterion DE-SL-2-01 passes
    And criterion DE-SL-2-01 cites EV-DE-021

  Scenario: DE-SL-2-01 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic | kind     | issued     | valid_until | approved | attributes                                             |
      | E1 | sla   | document | 2026-01-20 | 2027-01-19  | yes      | services_covered=8; targets=4; first_response_hours=24 |
    When the bundle is assessed
    Then criterion DE-SL-2-01 fails
    And the finding for DE-SL-2-01 says "only claimed: E1 has no attached document"

  Scenario: DE-SL-2-01 fails when the first response may take three days
    Given the evidence:
      | id | topic | kind     | issued     | valid_until | approved | attributes                                             |
      | E1 | sla   | document | 2026-01-20 | 2027-01-19  | yes      | services_covered=8; targets=4; first_response_hours=72 |
    When the bundle is assessed
    Then criterion DE-SL-2-01 fails
    And the finding for DE-SL-2-01 says "has first_response_hours = 72; needs first_response_hours ≤ 48"

  Scenario: DE-SL-2-01 fails with a draft SLA nobody approved
    Given the evidence:
      | id | topic | kind     | issued     | attributes                                             |
      | E1 | sla   | document | 2026-01-20 | services_covered=8; targets=4; first_response_hours=24 |
    When the bundle is assessed
    Then criterion DE-SL-2-01 fails
    And the finding for DE-SL-2-01 says "E1 does not count: it is not approved"

  Scenario: DE-SL-3-01 passes with four quarterly reports that analyse misses
    Given the evidence:
      | id | topic      | kind   | issued     | attributes                             |
      | E1 | sla_report | record | 2026-01-10 | period=2025-Q4; breaches_analysed=true |
      | E2 | sla_report | record | 2026-04-10 | period=2026-Q1; breaches_analysed=true |
      | E3 | sla_report | record | 2026-07-10 | period=2026-Q2; breaches_analysed=true |
      | E4 | sla_report | record | 2026-10-10 | period=2026-Q3; breaches_analysed=true |
    When the bundle is assessed
    Then criterion DE-SL-3-01 passes

  Scenario: DE-SL-3-01 fails when one of the four reports is too old
    Given the evidence:
      | id | topic      | kind   | issued     | attributes                             |
      | E1 | sla_report | record | 2025-09-30 | period=2025-Q3; breaches_analysed=true |
      | E2 | sla_report | record | 2026-04-10 | period=2026-Q1; breaches_analysed=true |
      | E3 | sla_report | record | 2026-07-10 | period=2026-Q2; breaches_analysed=true |
      | E4 | sla_report | record | 2026-10-10 | period=2026-Q3; breaches_analysed=true |
    When the bundle is assessed
    Then criterion DE-SL-3-01 fails
    And the finding for DE-SL-3-01 says "found 3 distinct quarters among E2, E3, E4"
    And the finding for DE-SL-3-01 says "E1 does not count: it dates from 2025-09-30"

  Scenario: DE-SL-3-01 fails when misses are counted but not analysed
    Given the evidence:
      | id | topic      | kind   | issued     | attributes              |
      | E1 | sla_report | record | 2026-01-10 | breaches_analysed=true  |
      | E2 | sla_report | record | 2026-04-10 | breaches_analysed=true  |
      | E3 | sla_report | record | 2026-07-10 | breaches_analysed=false |
      | E4 | sla_report | record | 2026-10-10 | breaches_analysed=true  |
    When the bundle is assessed
    Then criterion DE-SL-3-01 fails
    And the finding for DE-SL-3-01 says "E3 does not count: it has breaches_analysed = false"

  Scenario: DE-SL-3-01 fails on four monthly reports of one quarter: quarterly means four distinct quarters
    Given the evidence:
      | id | topic      | kind   | issued     | attributes                             |
      | E1 | sla_report | record | 2026-08-05 | period=2026-07; breaches_analysed=true |
      | E2 | sla_report | record | 2026-09-05 | period=2026-08; breaches_analysed=true |
      | E3 | sla_report | record | 2026-10-05 | period=2026-09; breaches_analysed=true |
      | E4 | sla_report | record | 2026-10-10 | period=2026-Q3; breaches_analysed=true |
    When the bundle is assessed
    Then criterion DE-SL-3-01 fails
    And the finding for DE-SL-3-01 says "found 1 distinct quarter among E1, E2, E3, E4"
    And the finding for DE-SL-3-01 says "counting distinct quarters"

  Scenario: Probe: DE-SL-3-01 ("quarterly") is not met by four reports of one week
    Given the evidence:
      | id | topic      | kind   | issued     | attributes                             |
      | E1 | sla_report | record | 2026-06-01 | period=2026-05; breaches_analysed=true |
      | E2 | sla_report | record | 2026-06-02 | period=2026-05; breaches_analysed=true |
      | E3 | sla_report | record | 2026-06-03 | period=2026-05; breaches_analysed=true |
      | E4 | sla_report | record | 2026-06-04 | period=2026-05; breaches_analysed=true |
    When the bundle is assessed
    Then criterion DE-SL-3-01 fails
    And the finding for DE-SL-3-01 says "found 1 distinct quarter among E1, E2, E3, E4"

  Scenario: DE-SL-4-01 passes for a provider that manages by numbers over four quarters, one below target with a corrective action
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-SL; indicator=on-time attainment; unit=percent; baseline=93; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 95.8 | % | 2025-Q4 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 96.1 | % | 2026-Q1 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 94.2 | % | 2026-Q2 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 96.3 | % | 2026-Q3 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | V1 | deviation_analysis    | record   | 2026-04-20 |  |  |  |  | M3 | subdomain=DE-SL; cause=flood season visits crowded the calendar; action=district branches take over the park visits; action_status=completed |
    When the bundle is assessed
    Then criterion DE-SL-4-01 passes
    And criterion DE-SL-4-01 cites M3

  Scenario: DE-SL-4-01 fails when a quarter below target has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-SL; indicator=on-time attainment; unit=percent; baseline=93; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 95.8 | % | 2025-Q4 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 96.1 | % | 2026-Q1 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 94.2 | % | 2026-Q2 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 96.3 | % | 2026-Q3 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-SL-4-01 fails
    And the finding for DE-SL-4-01 says "M3 has no evidence item of topic 'deviation_analysis'"

  Scenario: DE-SL-4-01 fails on a single good figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-SL; indicator=on-time attainment; unit=percent; baseline=93; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 96.3 | % | 2026-Q3 | D1 | subdomain=DE-SL; target=95; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-SL-4-01 fails
    And the finding for DE-SL-4-01 says "found 1 distinct quarter among M4"

  Scenario: DE-SL-5-01 passes when the provider leads its peers and publishes its results
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                          |
      | E1 | service_level_benchmark | document | 2025-12-01 | peers_compared=5; position=leading                  |
      | E2 | sla_report              | document | 2026-03-31 | period=2025年度; breaches_analysed=true; published_at=annual report |
    When the bundle is assessed
    Then criterion DE-SL-5-01 passes
    And criterion DE-SL-5-01 cites E2

  Scenario: DE-SL-5-01 fails when the benchmark puts the provider level with its peers
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                          |
      | E1 | service_level_benchmark | document | 2025-12-01 | peers_compared=5; position=average                  |
      | E2 | sla_report              | document | 2026-03-31 | period=2025年度; breaches_analysed=true; published_at=annual report |
    When the bundle is assessed
    Then criterion DE-SL-5-01 fails
    And the finding for DE-SL-5-01 says "has position = 'average'; needs position = 'leading'"

  Scenario: DE-SL-5-01 fails when the results are reported internally only
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                           |
      | E1 | service_level_benchmark | document | 2025-12-01 | peers_compared=5; position=leading                   |
      | E2 | sla_report              | document | 2026-03-31 | period=2025年度; breaches_analysed=true |
    When the bundle is assessed
    Then criterion DE-SL-5-01 fails
    And the finding for DE-SL-5-01 says "E2 does not count: it records no published_at; needs published_at recorded"

  # ------------------------------------------------- PE people and expert capability

  Scenario: DE-PE-1-01 passes with a current roster that defines roles
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                   |
      | E1 | service_staff_roster | record | 2026-03-01 | staff=18; roles_defined=true |
    When the bundle is assessed
    Then criterion DE-PE-1-01 passes
    And criterion DE-PE-1-01 cites E1

  Scenario: DE-PE-1-01 fails when roles are not written down
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                    |
      | E1 | service_staff_roster | record | 2026-03-01 | staff=18; roles_defined=false |
    When the bundle is assessed
    Then criterion DE-PE-1-01 fails
    And the finding for DE-PE-1-01 says "has roles_defined = false; needs roles_defined = true"

  Scenario: DE-PE-2-01 passes with an approved plan and four sessions held
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                |
      | E1 | staff_training_plan   | document | 2026-01-06 | yes      | year=2026; courses=8      |
      | E2 | staff_training_record | record   | 2026-02-25 |          | participants=14; hours=3  |
      | E3 | staff_training_record | record   | 2026-04-22 |          | participants=11; hours=2  |
      | E4 | staff_training_record | record   | 2026-06-17 |          | participants=16; hours=4  |
      | E5 | staff_training_record | record   | 2026-09-09 |          | participants=9; hours=1.5 |
    When the bundle is assessed
    Then criterion DE-PE-2-01 passes
    And criterion DE-PE-2-01 cites E5

  Scenario: DE-PE-2-01 fails when only three sessions were held
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes               |
      | E1 | staff_training_plan   | document | 2026-01-06 | yes      | year=2026; courses=8     |
      | E2 | staff_training_record | record   | 2026-02-25 |          | participants=14; hours=3 |
      | E3 | staff_training_record | record   | 2026-04-22 |          | participants=11; hours=2 |
      | E4 | staff_training_record | record   | 2026-06-17 |          | participants=16; hours=4 |
    When the bundle is assessed
    Then criterion DE-PE-2-01 fails
    And the finding for DE-PE-2-01 says "found 3 (E2, E3, E4)"

  Scenario: DE-PE-2-01 fails when a session recorded no training time
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes           |
      | E1 | staff_training_plan   | document | 2026-01-06 | yes      | year=2026; courses=8 |
      | E2 | staff_training_record | record   | 2026-02-25 |          | hours=3              |
      | E3 | staff_training_record | record   | 2026-04-22 |          | hours=2              |
      | E4 | staff_training_record | record   | 2026-06-17 |          | hours=4              |
      | E5 | staff_training_record | record   | 2026-09-09 |          | hours=0              |
    When the bundle is assessed
    Then criterion DE-PE-2-01 fails
    And the finding for DE-PE-2-01 says "has hours = 0; needs hours > 0"

  Scenario: DE-PE-3-01 passes with competency standards and an assessment this year
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | refers_to | attributes                                                    |
      | E1 | competency_framework        | document | 2025-07-01 | yes      |           | roles_covered=5; assessment_method=exam and observed practice |
      | E2 | staff_competency_assessment | record   | 2026-06-30 |          | E1        | staff_assessed=17                                             |
    When the bundle is assessed
    Then criterion DE-PE-3-01 passes
    And criterion DE-PE-3-01 cites E2

  Scenario: DE-PE-3-01 fails when the assessment does not say which standards it applied
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | attributes                                                    |
      | E1 | competency_framework        | document | 2025-07-01 | yes      | roles_covered=5; assessment_method=exam and observed practice |
      | E2 | staff_competency_assessment | record   | 2026-06-30 |          | staff_assessed=17                                             |
    When the bundle is assessed
    Then criterion DE-PE-3-01 fails
    And the finding for DE-PE-3-01 says "each referred to by a record of topic 'staff_competency_assessment'"

  Scenario: DE-PE-3-01 fails when staff were never assessed against the standards
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                                    |
      | E1 | competency_framework | document | 2025-07-01 | yes      | roles_covered=5; assessment_method=exam and observed practice |
    When the bundle is assessed
    Then criterion DE-PE-3-01 fails
    And the finding for DE-PE-3-01 says "no approved document of topic 'competency_framework'"

  Scenario: DE-PE-3-02 passes with an up-to-date pool of 26 experts in six fields
    Given the evidence:
      | id | topic       | kind   | issued     | attributes                   |
      | E1 | expert_pool | system | 2026-09-15 | experts=26; fields_covered=6 |
    When the bundle is assessed
    Then criterion DE-PE-3-02 passes

  Scenario: DE-PE-3-02 fails when the experts cover only two fields
    Given the evidence:
      | id | topic       | kind   | issued     | attributes                   |
      | E1 | expert_pool | system | 2026-09-15 | experts=26; fields_covered=2 |
    When the bundle is assessed
    Then criterion DE-PE-3-02 fails
    And the finding for DE-PE-3-02 says "has fields_covered = 2; needs fields_covered ≥ 4"

  Scenario: DE-PE-4-01 passes when staff in post and funded cover 95 % of what the strategy needs
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | refers_to | attributes                                          |
      | S1 | strategic_plan | document | 2025-12-01 | 2030-12-31  | yes      |           | horizon_years=5                                     |
      | E1 | workforce_plan | document | 2025-12-15 | 2028-12-31  | yes      | S1        | staff_required=80; staff_available=76; horizon_years=3 |
    When the bundle is assessed
    Then criterion DE-PE-4-01 passes
    And criterion DE-PE-4-01 cites E1

  Scenario: DE-PE-4-01 fails when staff cover 78 % of what the strategy needs
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | refers_to | attributes                             |
      | S1 | strategic_plan | document | 2025-12-01 | 2030-12-31  | yes      |           | horizon_years=5                        |
      | E1 | workforce_plan | document | 2025-12-15 | 2028-12-31  | yes      | S1        | staff_required=64; staff_available=50 |
    When the bundle is assessed
    Then criterion DE-PE-4-01 fails
    And the finding for DE-PE-4-01 says "Σ staff_available / Σ staff_required = 78.125 % over E1"

  Scenario: DE-PE-4-01 fails when the workforce plan is not derived from the strategic plan
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                             |
      | S1 | strategic_plan | document | 2025-12-01 | 2030-12-31  | yes      | horizon_years=5                        |
      | E1 | workforce_plan | document | 2025-12-15 | 2028-12-31  | yes      | staff_required=80; staff_available=76 |
    When the bundle is assessed
    Then criterion DE-PE-4-01 fails
    And the finding for DE-PE-4-01 says "each referred to by an approved document of topic 'workforce_plan'"

  Scenario: DE-PE-4-02 passes for a provider that manages by numbers over four quarters, one below target with a corrective action
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PE; indicator=training hours per person per quarter; unit=hours; baseline=8; target=10; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 11 | h | 2025-Q4 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 9 | h | 2026-Q1 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 10.5 | h | 2026-Q2 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 14 | h | 2026-Q3 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | V1 | deviation_analysis    | record   | 2026-04-20 |  |  |  |  | M2 | subdomain=DE-PE; cause=two trainers on leave; action=online courses added to the learning platform; action_status=completed |
    When the bundle is assessed
    Then criterion DE-PE-4-02 passes
    And criterion DE-PE-4-02 cites M2

  Scenario: DE-PE-4-02 fails when a quarter below target has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PE; indicator=training hours per person per quarter; unit=hours; baseline=8; target=10; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 11 | h | 2025-Q4 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 9 | h | 2026-Q1 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 10.5 | h | 2026-Q2 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 14 | h | 2026-Q3 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-PE-4-02 fails
    And the finding for DE-PE-4-02 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: DE-PE-4-02 fails on a single good figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PE; indicator=training hours per person per quarter; unit=hours; baseline=8; target=10; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 14 | h | 2026-Q3 | D1 | subdomain=DE-PE; target=10; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-PE-4-02 fails
    And the finding for DE-PE-4-02 says "found 1 distinct quarter among M4"

  Scenario: DE-PE-5-01 passes with three external appointments and awards
    Given the evidence:
      | id | topic              | kind     | issued     | attributes                           |
      | E1 | expert_recognition | document | 2025-03-08 | type=government_expert; person=Li    |
      | E2 | expert_recognition | document | 2025-11-20 | type=standard_committee; person=Wang |
      | E3 | expert_recognition | document | 2026-05-16 | type=award; person=Zhao              |
    When the bundle is assessed
    Then criterion DE-PE-5-01 passes

  Scenario: DE-PE-5-01 fails with only two external recognitions
    Given the evidence:
      | id | topic              | kind     | issued     | attributes              |
      | E1 | expert_recognition | document | 2025-03-08 | type=government_expert  |
      | E2 | expert_recognition | document | 2025-11-20 | type=standard_committee |
    When the bundle is assessed
    Then criterion DE-PE-5-01 fails

  Scenario: DE-PE-5-01 refuses a recognition type outside the catalogue (an internal award)
    Given the evidence:
      | id | topic              | kind     | issued     | attributes              |
      | E1 | expert_recognition | document | 2025-03-08 | type=government_expert  |
      | E2 | expert_recognition | document | 2025-11-20 | type=standard_committee |
      | E3 | expert_recognition | document | 2026-05-16 | type=internal_award     |
    When the bundle is assessed
    Then the assessment is refused with "'internal_award' is not a code of topic 'expert_recognition' (allowed: government_expert, sector_trainer, standard_committee, award)"

  # ----------------------------------------------------- TP technology and platform

  Scenario: DE-TP-1-01 passes with an inventory updated this year
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes |
      | E1 | facility_and_tool_inventory | document | 2026-04-01 | items=23   |
    When the bundle is assessed
    Then criterion DE-TP-1-01 passes
    And criterion DE-TP-1-01 cites E1

  Scenario: DE-TP-1-01 fails on a list of two items
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes |
      | E1 | facility_and_tool_inventory | document | 2026-04-01 | items=2    |
    When the bundle is assessed
    Then criterion DE-TP-1-01 fails
    And the finding for DE-TP-1-01 says "has items = 2; needs items ≥ 5"

  Scenario: DE-TP-1-01 passes on the assessor's recent on-site observation
    Given the evidence:
      | id | topic                       | kind        | issued     |
      | E1 | facility_and_tool_inventory | observation | 2026-10-28 |
    When the bundle is assessed
    Then criterion DE-TP-1-01 passes
    And criterion DE-TP-1-01 cites E1

  Scenario: DE-TP-1-01 fails when the observation is half a year old and there is no inventory
    Given the evidence:
      | id | topic                       | kind        | issued     |
      | E1 | facility_and_tool_inventory | observation | 2026-05-01 |
    When the bundle is assessed
    Then criterion DE-TP-1-01 fails
    And the finding for DE-TP-1-01 says "E1 does not count: it dates from 2026-05-01 (184 days old, more than 90)"

  Scenario: DE-TP-2-01 passes on the attached platform development plan of the provincial centre (eight projects, a budget)
    Given the sample bundle "provincial-sme-centre-4star.yaml"
    When the bundle is assessed
    Then criterion DE-TP-2-01 passes
    And criterion DE-TP-2-01 cites EV-DE-051

  Scenario: DE-TP-2-01 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                             |
      | E1 | it_development_plan | document | 2025-11-30 | 2028-12-31  | yes      | horizon_years=3; projects=4; budget=120 |
    When the bundle is assessed
    Then criterion DE-TP-2-01 fails
    And the finding for DE-TP-2-01 says "only claimed: E1 has no attached document"

  Scenario: DE-TP-2-01 fails when the plan states no budget
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                  |
      | E1 | it_development_plan | document | 2025-11-30 | 2028-12-31  | yes      | horizon_years=3; projects=4 |
    When the bundle is assessed
    Then criterion DE-TP-2-01 fails
    And the finding for DE-TP-2-01 says "records no budget; needs budget > 0"

  Scenario: DE-TP-3-01 passes with a system covering intake, delivery and feedback
    Given the evidence:
      | id | topic                     | kind   | issued     | attributes                                             |
      | E1 | operations_information_system | system | 2026-10-12 | modules=[request,dispatch,delivery,feedback,statistics] |
    When the bundle is assessed
    Then criterion DE-TP-3-01 passes
    And criterion DE-TP-3-01 cites E1

  Scenario: DE-TP-3-01 fails when client feedback is not recorded in the system
    Given the evidence:
      | id | topic                     | kind   | issued     | attributes                 |
      | E1 | operations_information_system | system | 2026-10-12 | modules=[request,delivery] |
    When the bundle is assessed
    Then criterion DE-TP-3-01 fails
    And the finding for DE-TP-3-01 says "needs (modules including 'delivery' and modules including 'feedback')"

  Scenario: Probe: DE-TP-3-01 is not met by an intake system, a delivery spreadsheet tool and a survey tool
    Given the evidence:
      | id | topic                         | kind   | issued     | attributes          |
      | E1 | operations_information_system | system | 2026-10-12 | modules=[request]   |
      | E2 | operations_information_system | system | 2026-10-12 | modules=[delivery]  |
      | E3 | operations_information_system | system | 2026-10-12 | modules=[feedback]  |
    When the bundle is assessed
    Then criterion DE-TP-3-01 fails
    And the finding for DE-TP-3-01 says "E3 does not count"

  Scenario: DE-TP-3-02 passes with a valid patent and a software copyright in use
    Given the evidence:
      | id | topic                 | kind     | issued     | valid_until | attributes                                      |
      | E1 | core_technology_asset | document | 2022-05-10 | 2042-05-09  | type=patent; used_in=credit matching            |
      | E2 | core_technology_asset | document | 2024-08-01 |             | type=software_copyright; used_in=policy matching |
    When the bundle is assessed
    Then criterion DE-TP-3-02 passes

  Scenario: DE-TP-3-02 fails when a software copyright is not used in any service
    Given the evidence:
      | id | topic                 | kind     | issued     | valid_until | attributes                           |
      | E1 | core_technology_asset | document | 2022-05-10 | 2042-05-09  | type=patent; used_in=credit matching |
      | E2 | core_technology_asset | document | 2024-08-01 |             | type=software_copyright              |
    When the bundle is assessed
    Then criterion DE-TP-3-02 fails
    And the finding for DE-TP-3-02 says "E2 does not count: it records no used_in"

  Scenario: DE-TP-3-02 fails when one of the two patents has lapsed
    Given the evidence:
      | id | topic                 | kind     | issued     | valid_until | attributes                                       |
      | E1 | core_technology_asset | document | 2016-04-01 | 2026-03-31  | type=patent; used_in=credit matching             |
      | E2 | core_technology_asset | document | 2024-08-01 |             | type=software_copyright; used_in=policy matching |
    When the bundle is assessed
    Then criterion DE-TP-3-02 fails
    And the finding for DE-TP-3-02 says "E1 does not count: it expired on 2026-03-31"

  Scenario: DE-TP-4-01 passes with a busy integrated platform
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                                                                                   |
      | E1 | sme_service_platform | system | 2026-10-15 | service_categories=9; resident_providers=36; registered_enterprises=5200; data_analytics=true |
    When the bundle is assessed
    Then criterion DE-TP-4-01 passes

  Scenario: DE-TP-4-01 fails when too few enterprises use the platform
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                                                                                  |
      | E1 | sme_service_platform | system | 2026-10-15 | service_categories=9; resident_providers=36; registered_enterprises=640; data_analytics=true |
    When the bundle is assessed
    Then criterion DE-TP-4-01 fails
    And the finding for DE-TP-4-01 says "has registered_enterprises = 640; needs registered_enterprises ≥ 1000"

  Scenario: DE-TP-4-02 passes for a provider that manages by numbers over four quarters, one below target with a corrective action
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-TP; indicator=platform availability; unit=percent; baseline=99.5; target=99.8; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 99.85 | % | 2025-Q4 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 99.82 | % | 2026-Q1 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 99.31 | % | 2026-Q2 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 99.9 | % | 2026-Q3 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | V1 | deviation_analysis    | record   | 2026-04-20 |  |  |  |  | M3 | subdomain=DE-TP; cause=30-hour power failure in the machine room; action=platform moved to the government cloud; action_status=completed |
    When the bundle is assessed
    Then criterion DE-TP-4-02 passes
    And criterion DE-TP-4-02 cites M3

  Scenario: DE-TP-4-02 fails when a quarter below target has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-TP; indicator=platform availability; unit=percent; baseline=99.5; target=99.8; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 99.85 | % | 2025-Q4 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 99.82 | % | 2026-Q1 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 99.31 | % | 2026-Q2 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 99.9 | % | 2026-Q3 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-TP-4-02 fails
    And the finding for DE-TP-4-02 says "M3 has no evidence item of topic 'deviation_analysis'"

  Scenario: DE-TP-4-02 fails on a single good figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-TP; indicator=platform availability; unit=percent; baseline=99.5; target=99.8; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 99.9 | % | 2026-Q3 | D1 | subdomain=DE-TP; target=99.8; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-TP-4-02 fails
    And the finding for DE-TP-4-02 says "found 1 distinct quarter among M4"

  Scenario: DE-TP-5-01 passes with an AI service application in production
    Given the evidence:
      | id | topic                          | kind   | issued     | attributes                    |
      | E1 | digital_innovation_application | system | 2026-02-28 | technology=ai; stage=launched |
    When the bundle is assessed
    Then criterion DE-TP-5-01 passes
    And criterion DE-TP-5-01 cites E1

  Scenario: DE-TP-5-01 passes when the platform shares data with four external systems
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                            |
      | E1 | sme_service_platform | system | 2026-09-01 | open_api=true; external_connections=4 |
    When the bundle is assessed
    Then criterion DE-TP-5-01 passes

  Scenario: DE-TP-5-01 fails with an application still in pilot and a closed platform
    Given the evidence:
      | id | topic                          | kind   | issued     | attributes                             |
      | E1 | digital_innovation_application | system | 2026-02-28 | technology=big_data; stage=pilot       |
      | E2 | sme_service_platform           | system | 2026-09-01 | open_api=false; external_connections=0 |
    When the bundle is assessed
    Then criterion DE-TP-5-01 fails
    And the finding for DE-TP-5-01 says "has stage = 'pilot'; needs stage = 'launched'"
    And the finding for DE-TP-5-01 says "has open_api = false; needs open_api = true"

  # ----------------------------------------------------- PS partners and suppliers

  Scenario: DE-PS-1-01 passes with a partner register updated this year
    Given the evidence:
      | id | topic            | kind   | issued     | attributes  |
      | E1 | partner_register | record | 2026-05-12 | partners=42 |
    When the bundle is assessed
    Then criterion DE-PS-1-01 passes
    And criterion DE-PS-1-01 cites E1

  Scenario: DE-PS-1-01 fails when the register was last updated in March 2025
    Given the evidence:
      | id | topic            | kind   | issued     | attributes  |
      | E1 | partner_register | record | 2025-03-31 | partners=42 |
    When the bundle is assessed
    Then criterion DE-PS-1-01 fails
    And the finding for DE-PS-1-01 says "dates from 2025-03-31"

  Scenario: DE-PS-1-01 is not applicable for a station that works with no partner and refers nobody
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                                        |
      | E1 | service_implementation_plan | document | 2026-02-10 | service=start-up training; steps=4; responsible=head |
    And criterion DE-PS-1-01 is excluded because "All services are delivered by the station's two staff; the service register shows no referral in the period."
    When the bundle is assessed
    Then criterion DE-PS-1-01 is not applicable

  Scenario: DE-PS-2-01 passes with admission criteria and an exit mechanism
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                                                                          |
      | E1 | partner_management_rules | document | 2025-02-18 | yes      | admission_criteria=licensed and three years in business; exit_conditions=two unqualified evaluations |
    When the bundle is assessed
    Then criterion DE-PS-2-01 passes

  Scenario: DE-PS-2-01 fails when the rules set no admission criteria
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                   |
      | E1 | partner_management_rules | document | 2025-02-18 | yes      | exit_conditions=two unqualified evaluations |
    When the bundle is assessed
    Then criterion DE-PS-2-01 fails
    And the finding for DE-PS-2-01 says "records no admission_criteria; needs admission_criteria recorded"

  Scenario: DE-PS-2-01 fails when the rules do not say when a partner is dropped
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                              |
      | E1 | partner_management_rules | document | 2025-02-18 | yes      | admission_criteria=licensed and three years in business |
    When the bundle is assessed
    Then criterion DE-PS-2-01 fails
    And the finding for DE-PS-2-01 says "records no exit_conditions; needs exit_conditions recorded"

  Scenario: DE-PS-2-02 passes on the attached, signed agreement with a resident provider
    Given the sample bundle "provincial-sme-centre-4star.yaml"
    When the bundle is assessed
    Then criterion DE-PS-2-02 passes
    And criterion DE-PS-2-02 cites EV-DE-062

  Scenario: DE-PS-2-02 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                                         |
      | E1 | partner_agreement | document | 2026-01-10 | 2027-01-09  | yes      | partner=Law Firm D; quality_terms=true; confidentiality_terms=true |
    When the bundle is assessed
    Then criterion DE-PS-2-02 fails
    And the finding for DE-PS-2-02 says "only claimed: E1 has no attached document"

  Scenario: DE-PS-2-02 fails when the agreement has no confidentiality terms
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | approved | attributes                                                          |
      | E1 | partner_agreement | document | 2026-01-10 | 2027-01-09  | yes      | partner=Law Firm D; quality_terms=true; confidentiality_terms=false |
    When the bundle is assessed
    Then criterion DE-PS-2-02 fails
    And the finding for DE-PS-2-02 says "has confidentiality_terms = false; needs confidentiality_terms = true"

  Scenario: DE-PS-2-02 is not applicable for a provider that subcontracts nothing
    Given the evidence:
      | id | topic            | kind   | issued     | attributes  |
      | E1 | partner_register | record | 2026-05-12 | partners=12 |
    And criterion DE-PS-2-02 is excluded because "All services are delivered by the centre's own staff; partners only receive referrals."
    When the bundle is assessed
    Then criterion DE-PS-2-02 is not applicable

  Scenario: DE-PS-2-02 fails when its exclusion has expired
    Given criterion DE-PS-2-02 is excluded because "All services are delivered by the centre's own staff; partners only receive referrals." until 2026-06-30
    When the bundle is assessed
    Then criterion DE-PS-2-02 fails
    And the finding for DE-PS-2-02 says "no approved document of topic 'partner_agreement'"

  Scenario: DE-PS-3-01 passes when an unqualified partner was dropped
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                               |
      | E1 | partner_evaluation | record | 2026-03-20 | partner=Bank E; rating=qualified; decision=retain        |
      | E2 | partner_evaluation | record | 2026-03-20 | partner=Agency F; rating=unqualified; decision=terminate |
    When the bundle is assessed
    Then criterion DE-PS-3-01 passes
    And criterion DE-PS-3-01 cites E2

  Scenario: DE-PS-3-01 fails when an unqualified partner is kept on
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                            |
      | E1 | partner_evaluation | record | 2026-03-20 | partner=Bank E; rating=qualified; decision=retain     |
      | E2 | partner_evaluation | record | 2026-03-20 | partner=Agency F; rating=unqualified; decision=retain |
    When the bundle is assessed
    Then criterion DE-PS-3-01 fails
    And the finding for DE-PS-3-01 says "must not exist, but E2 does"

  Scenario: DE-PS-3-01 fails when only one partner was evaluated
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                        |
      | E1 | partner_evaluation | record | 2026-03-20 | partner=Bank E; rating=qualified; decision=retain |
    When the bundle is assessed
    Then criterion DE-PS-3-01 fails
    And the finding for DE-PS-3-01 says "found 1 (E1)"

  Scenario: DE-PS-4-01 passes for a provider that manages by numbers over four quarters, one below target with a corrective action
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PS; indicator=satisfaction with partner services; unit=percent; baseline=86; target=90; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 90.5 | % | 2025-Q4 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 88 | % | 2026-Q1 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 91.2 | % | 2026-Q2 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 91.6 | % | 2026-Q3 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | V1 | deviation_analysis    | record   | 2026-04-20 |  |  |  |  | M2 | subdomain=DE-PS; cause=two new law firms answered late; action=response time limit added to the partner rules; action_status=completed |
    When the bundle is assessed
    Then criterion DE-PS-4-01 passes
    And criterion DE-PS-4-01 cites M2

  Scenario: DE-PS-4-01 fails when a quarter below target has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PS; indicator=satisfaction with partner services; unit=percent; baseline=86; target=90; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 90.5 | % | 2025-Q4 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 88 | % | 2026-Q1 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 91.2 | % | 2026-Q2 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 91.6 | % | 2026-Q3 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-PS-4-01 fails
    And the finding for DE-PS-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: DE-PS-4-01 fails on a single good figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-PS; indicator=satisfaction with partner services; unit=percent; baseline=86; target=90; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 91.6 | % | 2026-Q3 | D1 | subdomain=DE-PS; target=90; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-PS-4-01 fails
    And the finding for DE-PS-4-01 says "found 1 distinct quarter among M4"

  Scenario: DE-PS-5-01 passes for the initiator of an active 34-member alliance
    Given the evidence:
      | id | topic            | kind   | issued     | attributes                                     |
      | E1 | service_alliance | record | 2026-08-08 | role=initiator; members=34; joint_activities=6 |
    When the bundle is assessed
    Then criterion DE-PS-5-01 passes

  Scenario: DE-PS-5-01 fails for an ordinary member of someone else's alliance
    Given the evidence:
      | id | topic            | kind   | issued     | attributes                                  |
      | E1 | service_alliance | record | 2026-08-08 | role=member; members=34; joint_activities=6 |
    When the bundle is assessed
    Then criterion DE-PS-5-01 fails
    And the finding for DE-PS-5-01 says "has role = 'member'; needs role one of 'initiator', 'lead'"

  # ------------------------------------------ IS information security and compliance

  Scenario: DE-IS-1-01 passes with a registration in force and a valid permit
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | attributes                              |
      | E1 | operating_licence | document | 2019-06-01 | 2049-05-31  | licence_type=registration; status=valid |
      | E2 | operating_licence | document | 2025-09-01 | 2028-08-31  | licence_type=permit; status=valid       |
    When the bundle is assessed
    Then criterion DE-IS-1-01 passes
    And criterion DE-IS-1-01 cites E1

  Scenario: DE-IS-1-01 fails while a service permit is suspended
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | attributes                              |
      | E1 | operating_licence | document | 2019-06-01 | 2049-05-31  | licence_type=registration; status=valid |
      | E2 | operating_licence | document | 2025-09-01 | 2028-08-31  | licence_type=permit; status=suspended   |
    When the bundle is assessed
    Then criterion DE-IS-1-01 fails
    And the finding for DE-IS-1-01 says "must not exist, but E2 does"

  Scenario: DE-IS-1-01 fails when the registration certificate has expired
    Given the evidence:
      | id | topic             | kind     | issued     | valid_until | attributes                |
      | E1 | operating_licence | document | 2016-06-01 | 2026-05-31  | licence_type=registration; status=valid |
    When the bundle is assessed
    Then criterion DE-IS-1-01 fails
    And the finding for DE-IS-1-01 says "E1 does not count: it expired on 2026-05-31"

  Scenario: DE-IS-2-01 passes on the attached security and data-protection rules of the provincial centre
    Given the sample bundle "provincial-sme-centre-4star.yaml"
    When the bundle is assessed
    Then criterion DE-IS-2-01 passes
    And criterion DE-IS-2-01 cites EV-DE-072

  Scenario: DE-IS-2-01 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | attributes                                                          |
      | E1 | information_security_policy | document | 2025-04-15 | yes      | covers=[confidentiality,personal_information,access_control,backup] |
    When the bundle is assessed
    Then criterion DE-IS-2-01 fails
    And the finding for DE-IS-2-01 says "only claimed: E1 has no attached document"

  Scenario: DE-IS-2-01 fails when personal information is left out
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | attributes                              |
      | E1 | information_security_policy | document | 2025-04-15 | yes      | covers=[confidentiality,access_control] |
    When the bundle is assessed
    Then criterion DE-IS-2-01 fails
    And the finding for DE-IS-2-01 says "needs (covers including 'personal_information' and covers including 'access_control')"

  Scenario: Probe: DE-IS-2-01 is not met by three separate rules, each covering one subject
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | attributes                    |
      | E1 | information_security_policy | document | 2025-04-15 | yes      | covers=[confidentiality]      |
      | E2 | information_security_policy | document | 2025-04-15 | yes      | covers=[personal_information] |
      | E3 | information_security_policy | document | 2025-04-15 | yes      | covers=[access_control]       |
    When the bundle is assessed
    Then criterion DE-IS-2-01 fails
    And the finding for DE-IS-2-01 says "E1 does not count"

  Scenario: DE-IS-3-01 passes with a recent risk assessment and the high finding closed
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                   |
      | E1 | security_risk_assessment | document | 2026-03-05 | yes      | treatment_plan=true          |
      | E2 | security_finding         | record   | 2026-03-05 |          | severity=high; status=closed |
      | R1 | security_finding_register | record  | 2026-10-15 |          | open=0; open_high=0          |
    When the bundle is assessed
    Then criterion DE-IS-3-01 passes
    And criterion DE-IS-3-01 cites E1
    And criterion DE-IS-3-01 cites R1

  Scenario: DE-IS-3-01 fails on a risk assessment with no findings itemised and no register — silence proves nothing
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes          |
      | E1 | security_risk_assessment | document | 2026-03-05 | yes      | treatment_plan=true |
    When the bundle is assessed
    Then criterion DE-IS-3-01 fails
    And the finding for DE-IS-3-01 says "security_finding_register"

  Scenario: Probe: DE-IS-3-01 fails when the register admits an open high finding the bundle leaves out
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes          |
      | E1 | security_risk_assessment  | document | 2026-03-05 | yes      | treatment_plan=true |
      | R1 | security_finding_register | record   | 2026-10-15 |          | open=1; open_high=1 |
    When the bundle is assessed
    Then criterion DE-IS-3-01 fails
    And the report cautions "states open_high = 1 but the items of topic 'security_finding' give 0: it admits what the items leave out"

  Scenario: DE-IS-3-01 fails while a critical security finding is open
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                     |
      | E1 | security_risk_assessment | document | 2026-03-05 | yes      | treatment_plan=true            |
      | E2 | security_finding         | record   | 2026-03-05 |          | severity=critical; status=open |
    When the bundle is assessed
    Then criterion DE-IS-3-01 fails
    And the finding for DE-IS-3-01 says "must not exist, but E2 does"

  Scenario: DE-IS-3-01 fails when the risk assessment has no treatment plan
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes           |
      | E1 | security_risk_assessment | document | 2026-03-05 | yes      | treatment_plan=false |
    When the bundle is assessed
    Then criterion DE-IS-3-01 fails
    And the finding for DE-IS-3-01 says "has treatment_plan = false; needs treatment_plan = true"

  Scenario: DE-IS-3-02 passes with a reviewed obligation register and a self-inspection
    Given the evidence:
      | id | topic                          | kind     | issued     | refers_to | attributes                           |
      | E1 | compliance_obligation_register | document | 2026-01-12 |           | obligations=17; owners_assigned=true |
      | E2 | compliance_self_inspection     | record   | 2026-06-20 | E1        | findings=3                           |
    When the bundle is assessed
    Then criterion DE-IS-3-02 passes

  Scenario: DE-IS-3-02 fails when the self-inspection was not made against the register
    Given the evidence:
      | id | topic                          | kind     | issued     | attributes                           |
      | E1 | compliance_obligation_register | document | 2026-01-12 | obligations=17; owners_assigned=true |
      | E2 | compliance_self_inspection     | record   | 2026-06-20 | findings=3                           |
    When the bundle is assessed
    Then criterion DE-IS-3-02 fails
    And the finding for DE-IS-3-02 says "each referred to by a record or document of topic 'compliance_self_inspection'"

  Scenario: DE-IS-3-02 fails when the register lists only six obligations
    Given the evidence:
      | id | topic                          | kind     | issued     | refers_to | attributes                          |
      | E1 | compliance_obligation_register | document | 2026-01-12 |           | obligations=6; owners_assigned=true |
      | E2 | compliance_self_inspection     | record   | 2026-06-20 | E1        | findings=3                          |
    When the bundle is assessed
    Then criterion DE-IS-3-02 fails
    And the finding for DE-IS-3-02 says "has obligations = 6; needs obligations ≥ 10"

  Scenario: DE-IS-3-03 passes on the attached 2026 classified-protection re-test of the city platform
    Given the sample bundle "city-service-platform-3star.yaml"
    When the bundle is assessed
    Then criterion DE-IS-3-03 passes
    And criterion DE-IS-3-03 cites EV-DE-077

  Scenario: DE-IS-3-03 fails when the document is only claimed, with no file attached
    Given the evidence:
      | id | topic                  | kind     | issued     | valid_until | attributes                  |
      | E1 | security_certification | document | 2025-05-20 | 2028-05-19  | standard=ISO/IEC 27001:2022 |
    When the bundle is assessed
    Then criterion DE-IS-3-03 fails
    And the finding for DE-IS-3-03 says "only claimed: E1 has no attached document"

  Scenario: DE-IS-3-03 fails on a level-3 classified-protection assessment that is only claimed
    Given the evidence:
      | id | topic                  | kind     | issued     | valid_until | attributes                    |
      | E1 | security_certification | document | 2026-04-10 | 2027-04-09  | mlps_level=3; conclusion=pass |
    When the bundle is assessed
    Then criterion DE-IS-3-03 fails
    And the finding for DE-IS-3-03 says "only claimed: E1 has no attached document"

  Scenario: DE-IS-3-03 fails with a certificate for another management standard
    Given the evidence:
      | id | topic                  | kind     | issued     | valid_until | attributes             |
      | E1 | security_certification | document | 2025-05-20 | 2028-05-19  | standard=ISO 9001:2015 |
    When the bundle is assessed
    Then criterion DE-IS-3-03 fails
    And the finding for DE-IS-3-03 says "has standard = 'ISO 9001:2015'; needs standard matching /(ISO/IEC 27001|GB/T 22080).*/"

  Scenario: DE-IS-3-03 fails when the ISO/IEC 27001 certificate has expired
    Given the evidence:
      | id | topic                  | kind     | issued     | valid_until | attributes               |
      | E1 | security_certification | document | 2022-05-20 | 2025-05-19  | standard=GB/T 22080-2016 |
    When the bundle is assessed
    Then criterion DE-IS-3-03 fails
    And the finding for DE-IS-3-03 says "E1 does not count: it expired on 2025-05-19"

  Scenario: DE-IS-3-03 is not applicable for a provider that runs no system holding enterprise data
    Given the evidence:
      | id | topic                       | kind     | issued     | approved | attributes                                                  |
      | E1 | information_security_policy | document | 2025-04-15 | yes      | covers=[confidentiality,personal_information,access_control] |
    And criterion DE-IS-3-03 is excluded because "Paper registers and ordinary office software only; no online platform or service information system is run."
    When the bundle is assessed
    Then criterion DE-IS-3-03 is not applicable

  Scenario: DE-IS-4-02 passes for a provider that manages by numbers over four quarters, one below target with a corrective action
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | C1 | continuity_plan       | document | 2025-10-01 | yes |  |  |  |  | key_services=4 |
      | C2 | continuity_drill      | record   | 2026-05-22 |  |  |  |  | C1 | recovery_hours=6 |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-IS; indicator=high-risk vulnerabilities fixed on time; unit=percent; baseline=85; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 96 | % | 2025-Q4 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 93 | % | 2026-Q1 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 95 | % | 2026-Q2 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 98 | % | 2026-Q3 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | V1 | deviation_analysis    | record   | 2026-04-20 |  |  |  |  | M2 | subdomain=DE-IS; cause=patch window missed during the platform upgrade; action=patch window fixed in the change calendar; action_status=completed |
    When the bundle is assessed
    Then criterion DE-IS-4-02 passes
    And criterion DE-IS-4-02 cites M2

  Scenario: DE-IS-4-02 fails when a quarter below target has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | C1 | continuity_plan       | document | 2025-10-01 | yes |  |  |  |  | key_services=4 |
      | C2 | continuity_drill      | record   | 2026-05-22 |  |  |  |  | C1 | recovery_hours=6 |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-IS; indicator=high-risk vulnerabilities fixed on time; unit=percent; baseline=85; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M1 | indicator_measurement | metric   | 2026-01-10 |  | 96 | % | 2025-Q4 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M2 | indicator_measurement | metric   | 2026-04-10 |  | 93 | % | 2026-Q1 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M3 | indicator_measurement | metric   | 2026-07-10 |  | 95 | % | 2026-Q2 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 98 | % | 2026-Q3 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-IS-4-02 fails
    And the finding for DE-IS-4-02 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: DE-IS-4-02 fails on a single good figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | C1 | continuity_plan       | document | 2025-10-01 | yes |  |  |  |  | key_services=4 |
      | C2 | continuity_drill      | record   | 2026-05-22 |  |  |  |  | C1 | recovery_hours=6 |
      | D1 | indicator_definition  | document | 2025-09-01 | yes |  |  |  |  | subdomain=DE-IS; indicator=high-risk vulnerabilities fixed on time; unit=percent; baseline=85; target=95; direction=higher_better; owner=head of unit; frequency=quarterly |
      | M4 | indicator_measurement | metric   | 2026-10-10 |  | 98 | % | 2026-Q3 | D1 | subdomain=DE-IS; target=95; direction=higher_better |
    When the bundle is assessed
    Then criterion DE-IS-4-02 fails
    And the finding for DE-IS-4-02 says "found 1 distinct quarter among M4"

  Scenario: DE-IS-4-02 fails when the drill took 30 hours to restore the key services
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | C1 | continuity_plan       | document | 2025-10-01 | yes |  |  |  |  | key_services=4 |
      | C2 | continuity_drill      | record   | 2026-05-22 |  |  |  |  | C1 | recovery_hours=30 |
    When the bundle is assessed
    Then criterion DE-IS-4-02 fails
    And the finding for DE-IS-4-02 says "C1 is referred to by no record of topic 'continuity_drill' (业务连续性演练记录) issued within 365 days before 2026-11-01 with recovery_hours ≤ 24"

  Scenario: DE-IS-4-02 fails when the continuity plan was never exercised
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes |
      | C1 | continuity_plan       | document | 2025-10-01 | yes |  |  |  |  | key_services=4 |
    When the bundle is assessed
    Then criterion DE-IS-4-02 fails
    And the finding for DE-IS-4-02 says "each referred to by a record of topic 'continuity_drill'"

  Scenario: DE-IS-5-01 passes with two assessments made before launch whose measures were in place
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                                                            |
      | E1 | privacy_impact_assessment | document | 2025-08-14 | service=credit_matching; launched=2025-09-01; measures_implemented=true   |
      | E2 | privacy_impact_assessment | document | 2026-04-03 | service=ai_policy_advisor; launched=2026-05-18; measures_implemented=true |
    When the bundle is assessed
    Then criterion DE-IS-5-01 passes

  Scenario: DE-IS-5-01 fails when one assessment's measures were not put in place
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                                                              |
      | E1 | privacy_impact_assessment | document | 2025-08-14 | service=credit_matching; launched=2025-09-01; measures_implemented=true    |
      | E2 | privacy_impact_assessment | document | 2026-04-03 | service=ai_policy_advisor; launched=2026-05-18; measures_implemented=false |
    When the bundle is assessed
    Then criterion DE-IS-5-01 fails
    And the finding for DE-IS-5-01 says "has measures_implemented = false; needs measures_implemented = true"

  Scenario: DE-IS-5-01 fails when an assessment was made after the service had launched
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                                                            |
      | E1 | privacy_impact_assessment | document | 2025-08-14 | service=credit_matching; launched=2025-09-01; measures_implemented=true   |
      | E2 | privacy_impact_assessment | document | 2026-06-03 | service=ai_policy_advisor; launched=2026-05-18; measures_implemented=true |
    When the bundle is assessed
    Then criterion DE-IS-5-01 fails
    And the finding for DE-IS-5-01 says "E2 does not count: it has -16 days from issued to launched"

  # ------------------------------------------------------------------ roll-up

  Scenario: DE-SL-2-01 missing holds sub-domain DE-SL and domain DE at level 1
    Given evidence meeting every criterion up to level 3 in domain DE
    But without the evidence for criterion DE-SL-2-01
    When the bundle is assessed
    Then criterion DE-SL-2-01 fails
    And criterion DE-SL-3-01 passes
    And sub-domain DE-SL is at level 1
    And sub-domain DE-SL is blocked by DE-SL-2-01
    And sub-domain DE-SC is at level 3
    And domain DE is at level 1

  Scenario: DE-PS-2-02 excluded does not cap sub-domain DE-PS
    Given evidence meeting every criterion up to level 3 in domain DE
    But without the evidence for criterion DE-PS-2-02
    And criterion DE-PS-2-02 is excluded because "All services are delivered by the centre's own staff; partners only receive referrals."
    When the bundle is assessed
    Then criterion DE-PS-2-02 is not applicable
    And criterion DE-PS-2-01 passes
    And sub-domain DE-PS is at level 3
    And domain DE is at level 3

  Scenario: DE-IS-3-01 fails on an open high finding even when everything else up to level 3 is met
    Given evidence meeting every criterion up to level 3 in domain DE
    And the evidence:
      | id | topic            | kind   | issued     | attributes                 |
      | X1 | security_finding | record | 2026-09-30 | severity=high; status=open |
    When the bundle is assessed
    Then criterion DE-IS-3-01 fails
    And the finding for DE-IS-3-01 says "must not exist, but X1 does"
    And sub-domain DE-IS is at level 2
    And sub-domain DE-IS is blocked by DE-IS-3-01
