-- An indicator's measurements, latest period end first: a write's refresh asks each indicator of its task for the
-- latest end among the measurements overlapping the target period, and the index in that order lets the database
-- stop at the first one instead of reading the whole history (H2 reads an index in its own order only). Listing an
-- indicator's measurements (latest first) uses the same order.
drop index ix_measurements_indicator;
create index ix_measurements_indicator on measurements (indicator_id, period_to desc);
