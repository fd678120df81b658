-- The lists and the portfolio's counts, answered from indexes alone. A page of customers joins every
-- customer the filter keeps to its score, and the counts group every score by band: with the band, the
-- score and the 7-day move beside the id, both read a small index where they read every stored score,
-- its explanation and all.
CREATE INDEX ${prefix}customer_health_list ON ${prefix}customer_health (tenant_id, customer_id, health, score, delta7);
CREATE INDEX ${prefix}company_health_list ON ${prefix}company_health (tenant_id, company_id, health, score, delta7);
