-- What the warehouse in place was built from, as one digest (93_vintage.sql writes it; WarehouseBuilder.upToDate).
select inputs_digest from build_info;
