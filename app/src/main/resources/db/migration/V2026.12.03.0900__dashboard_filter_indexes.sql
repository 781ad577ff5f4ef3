-- The dashboard filtered by product, reviewer or team (issue 9: 1M cases in under a second). A team's figures are
-- read one member at a time (an IN list after the tenant's equality is no index range on H2), so every summary
-- read by a filter has an index led by the tenant and that filter's column.

-- Counters keyed by product and assignee before the month: an unfiltered or filtered read is one range of the key.
ALTER TABLE dashboard_month_count DROP PRIMARY KEY;
ALTER TABLE dashboard_month_count ADD PRIMARY KEY (tenant_id, product, assignee, period_month, metric, grp);

-- The exact percentile inside one duration bucket, and the customers whose class an approval changed, per product
-- and per assignee (the product too, so that product and team together read the index alone).
CREATE INDEX ix_dashboard_case_fact_product_bucket ON dashboard_case_fact (tenant_id, product, decision_bucket, decided_month, decision_seconds);
CREATE INDEX ix_dashboard_case_fact_assignee_bucket ON dashboard_case_fact (tenant_id, assignee, decision_bucket, decided_month, product, decision_seconds);
CREATE INDEX ix_dashboard_case_fact_product_risk_change ON dashboard_case_fact (tenant_id, product, risk_changed, decided_month, customer_id);
CREATE INDEX ix_dashboard_case_fact_assignee_risk_change ON dashboard_case_fact (tenant_id, assignee, risk_changed, decided_month, product, customer_id);
