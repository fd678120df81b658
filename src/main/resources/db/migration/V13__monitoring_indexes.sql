-- The portfolio's reads, answered from indexes alone. The trend counts up the points that end a day in
-- another band: with the day, the band and the band before in the index, it reads no row of the table,
-- where it read a heap page for nearly every such point. The movers and risers are the first ten
-- scores by their 7-day move: with the move indexed after the tenant, ten index entries rather than a
-- sort of every score.
DROP INDEX ${prefix}score_point_moves${on_score_point};
CREATE INDEX ${prefix}score_point_moves ON ${prefix}score_point (tenant_id, subject_kind, band_moved, point_day,
    health, band_before);
CREATE INDEX ${prefix}customer_health_delta7 ON ${prefix}customer_health (tenant_id, delta7, customer_id);
CREATE INDEX ${prefix}company_health_delta7 ON ${prefix}company_health (tenant_id, delta7, company_id);
