package org.duban.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of units and their aliases. */
@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    /** The unit of a region whose name or one of whose aliases is {@code name}. */
    public Optional<Unit> findByNameOrAlias(String region, String name) {
        return find("select distinct u from Unit u left join u.aliases a where u.region = ?1 and (u.name = ?2 or a = ?2)"
                + " order by u.id", region, name).firstResultOptional();
    }

    /** Units of a region whose name or an alias is any of {@code names}, with their aliases, in one query. */
    public List<Unit> findByNamesOrAliases(String region, Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return find("select distinct u from Unit u left join fetch u.aliases where u.region = ?1 and (u.name in ?2"
                + " or exists (select 1 from Unit v join v.aliases a where v = u and a in ?2))", region, names).list();
    }

    /** Units of a region with their aliases loaded. */
    public List<Unit> listWithAliases(String region) {
        return find("select distinct u from Unit u left join fetch u.aliases left join fetch u.parent where u.region = ?1"
                + " order by u.id", region).list();
    }

    public boolean hasDivisions(Unit unit) {
        return count("parent", unit) > 0;
    }
}
