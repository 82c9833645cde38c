package org.duban.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.JpqlFilter;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.PatchBase;
import org.duban.common.QueryParams;
import org.duban.common.ResourceNotFoundException;
import org.duban.common.SortOrder;

/** The rules of units: names and aliases unique within a region, divisions under a unit of the same region. */
@ApplicationScoped
public class UnitService {

    private static final Map<String, String> SORTABLE = Map.of("name", "u.name", "region", "u.region", "kind", "u.kind",
            "id", "u.id");

    private final UnitRepository units;
    private final EntityTags tags;
    private final AuditLog audit;

    public UnitService(UnitRepository units, EntityTags tags, AuditLog audit) {
        this.units = units;
        this.tags = tags;
        this.audit = audit;
    }

    /** Filters of the unit list; any may be null. */
    public record UnitQuery(String region, String q, UnitKind kind, Long parentId, String sort) {
    }

    public PageResponse<UnitResponse> list(UnitQuery query, PageRequest page) {
        JpqlFilter filter = new JpqlFilter();
        if (query.region() != null && !query.region().isBlank()) {
            filter.and("u.region = :region", "region", query.region().strip());
        }
        if (query.kind() != null) {
            filter.and("u.kind = :kind", "kind", query.kind());
        }
        if (query.parentId() != null) {
            filter.and("u.parent.id = :parent", "parent", query.parentId());
        }
        String like = QueryParams.likePattern(query.q());
        if (like != null) {
            filter.and("(lower(u.name) like :q escape '!' or exists (select 1 from Unit v join v.aliases a"
                    + " where v = u and lower(a) like :q escape '!'))", "q", like);
        }
        var found = filter.page(units.getEntityManager(), "select u from Unit u left join fetch u.parent",
                "select count(u) from Unit u", SortOrder.orderBy(query.sort(), "id", SORTABLE, "u.id"), page, Unit.class);
        Map<Long, List<String>> aliases = aliasesOf(found.rows().stream().map(u -> u.id).toList());
        List<UnitResponse> items = found.rows().stream()
                .map(u -> UnitResponse.of(u, aliases.getOrDefault(u.id, List.of()))).toList();
        return PageResponse.of(items, page, found.total());
    }

    public UnitResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public UnitResponse create(UnitRequest request) {
        Unit unit = new Unit();
        apply(unit, request);
        units.persist(unit);
        units.flush();
        UnitResponse created = toResponse(unit);
        audit.created(AuditEntityType.UNIT, unit.id, null, created);
        return created;
    }

    @Transactional
    public UnitResponse update(long id, String ifMatch, UnitRequest request) {
        Unit unit = find(id);
        UnitResponse before = toResponse(unit);
        tags.requireMatch(ifMatch, before);
        apply(unit, request);
        units.flush();
        UnitResponse after = toResponse(unit);
        audit.updated(AuditEntityType.UNIT, unit.id, null, before, after);
        return after;
    }

    /** The current state in the shape of a PUT body, with the tag of the representation it was read from. */
    public PatchBase<UnitRequest> currentRequest(long id) {
        UnitResponse current = get(id);
        return new PatchBase<>(current.toRequest(), tags.of(current));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Unit unit = find(id);
        UnitResponse before = toResponse(unit);
        tags.requireMatch(ifMatch, before);
        if (units.hasDivisions(unit)) {
            throw new ConflictException("Unit " + unit.name + " has divisions; delete or move them first");
        }
        try {
            units.delete(unit);
            units.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Unit " + unit.name + " is still assigned to tasks or named as the issuer of"
                    + " a plan; remove those references first");
        }
        audit.deleted(AuditEntityType.UNIT, id, null, before);
    }

    Unit find(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("unit", id));
    }

    UnitResponse toResponse(Unit unit) {
        return UnitResponse.of(unit, List.copyOf(unit.aliases));
    }

    private void apply(Unit unit, UnitRequest request) {
        String region = request.region().strip();
        String name = request.name().strip();
        // A unit is an organisation of its region: its tasks, divisions and plans are of that region too.
        if (unit.id != null && !unit.region.equals(region)) {
            throw new ConflictException("Unit " + unit.id + " belongs to " + unit.region
                    + "; a unit cannot move to another region, create one there instead");
        }
        Set<String> aliases = new TreeSet<>();
        if (request.aliases() != null) {
            request.aliases().stream().map(String::strip).filter(a -> !a.equals(name)).forEach(aliases::add);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        forms.addAll(aliases);
        for (Unit other : units.findByNamesOrAliases(region, forms)) {
            if (other.id.equals(unit.id)) {
                continue;
            }
            String clash = forms.stream().filter(f -> f.equals(other.name) || other.aliases.contains(f)).findFirst()
                    .orElse(name);
            throw new ConflictException("'" + clash + "' already names unit " + other.id + " (" + other.name + ") in "
                    + region);
        }
        unit.parent = parentOf(unit, region, request.parentId());
        unit.region = region;
        unit.name = name;
        unit.kind = request.kind();
        unit.aliases.retainAll(aliases);
        unit.aliases.addAll(aliases);
    }

    private Unit parentOf(Unit unit, String region, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Unit parent = units.findByIdOptional(parentId)
                .orElseThrow(() -> new InvalidRequestException("parentId", "no unit with id " + parentId));
        if (!parent.region.equals(region)) {
            throw new InvalidRequestException("parentId", "unit " + parentId + " belongs to " + parent.region
                    + ", not " + region);
        }
        for (Unit u = parent; u != null; u = u.parent) {
            if (unit.id != null && unit.id.equals(u.id)) {
                throw new InvalidRequestException("parentId", "a unit cannot be a division of itself or of its divisions");
            }
        }
        return parent;
    }

    private Map<Long, List<String>> aliasesOf(List<Long> ids) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        units.getEntityManager()
                .createQuery("select u.id, a from Unit u join u.aliases a where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return result;
    }
}
