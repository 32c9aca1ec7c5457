//! The network as dense numbers, for the analyses in `analysis.rs`: every person and actor is
//! looked up by id once, then the analyses work on `u32` node numbers, flat vectors and
//! compressed adjacency lists instead of maps keyed by UUIDs. At 50 000 people and 250 000
//! links the hashing, per-node allocations and pointer chasing of the map-based version cost
//! more than the graph algorithms themselves (issue 26).

use std::collections::HashMap;

use uuid::Uuid;

use super::{PartyKind, Relationship};
use crate::person::Person;
use crate::risk::Actor;

/// No node: an absent parent, an unvisited node.
pub(super) const NONE: u32 = u32::MAX;

/// Every person and actor as a node number: people first, in their order (person `i` is node
/// `i`), then actors. Ids are primary keys, so they are unique within people and within actors.
/// An actor that shares a person's id shares that node: the analyses have always keyed what
/// they learn by id alone, and only the check that a link's ends exist looks at their kind.
pub(super) struct Parties {
    index: HashMap<Uuid, u32>,
    ids: Vec<Uuid>,
    is_person: Vec<bool>,
    is_actor: Vec<bool>,
}

impl Parties {
    pub(super) fn new(people: &[Person], actors: &[Actor]) -> Self {
        let mut parties = Parties {
            index: HashMap::with_capacity(people.len() + actors.len()),
            ids: Vec::with_capacity(people.len() + actors.len()),
            is_person: Vec::with_capacity(people.len() + actors.len()),
            is_actor: Vec::with_capacity(people.len() + actors.len()),
        };
        for person in people {
            let node = parties.node(person.id.0);
            parties.is_person[node as usize] = true;
        }
        debug_assert_eq!(parties.ids.len(), people.len(), "person ids are unique");
        for actor in actors {
            let node = parties.node(actor.id.0);
            parties.is_actor[node as usize] = true;
        }
        parties
    }

    fn node(&mut self, id: Uuid) -> u32 {
        *self.index.entry(id).or_insert_with(|| {
            self.ids.push(id);
            self.is_person.push(false);
            self.is_actor.push(false);
            (self.ids.len() - 1) as u32
        })
    }

    /// How many nodes.
    pub(super) fn len(&self) -> usize {
        self.ids.len()
    }

    /// The id of a node.
    pub(super) fn id(&self, node: u32) -> Uuid {
        self.ids[node as usize]
    }

    /// The node of an end of a link, if it is a known person or actor of that kind.
    pub(super) fn resolve(&self, kind: PartyKind, id: Uuid) -> Option<u32> {
        let node = *self.index.get(&id)?;
        let known = match kind {
            PartyKind::Person => self.is_person[node as usize],
            PartyKind::Actor => self.is_actor[node as usize],
        };
        known.then_some(node)
    }
}

/// A relationship whose two ends are known, with their node numbers.
#[derive(Clone, Copy)]
pub(super) struct Link<'a> {
    pub(super) r: &'a Relationship,
    pub(super) source: u32,
    pub(super) target: u32,
}

/// Adjacency lists packed in one vector (compressed sparse rows): node `n`'s entries are
/// `entries[start[n]..start[n + 1]]`, in the order they were given. Keeping that order keeps
/// every traversal, and so every finding, in the order the map-based version produced.
pub(super) struct Adjacency<T> {
    start: Vec<u32>,
    entries: Vec<T>,
}

impl<T: Copy> Adjacency<T> {
    /// `entries` as (node, entry) pairs, grouped by node in two counting passes.
    pub(super) fn new(nodes: usize, pairs: &[(u32, T)]) -> Self {
        let mut start = vec![0u32; nodes + 1];
        for &(node, _) in pairs {
            start[node as usize + 1] += 1;
        }
        for n in 0..nodes {
            start[n + 1] += start[n];
        }
        let mut next: Vec<u32> = start[..nodes].to_vec();
        // Filled with the entries in any order, then each written to its place.
        let mut entries: Vec<T> = pairs.iter().map(|&(_, entry)| entry).collect();
        for &(node, entry) in pairs {
            entries[next[node as usize] as usize] = entry;
            next[node as usize] += 1;
        }
        Adjacency { start, entries }
    }

    pub(super) fn of(&self, node: u32) -> &[T] {
        &self.entries[self.start[node as usize] as usize..self.start[node as usize + 1] as usize]
    }
}

/// What one depth-first pass (Tarjan's) tells about an undirected simple graph: which nodes
/// are cut points, and for each node its discovery time, lowest reachable discovery time and
/// parent in the search forest, from which bridges are read.
pub(super) struct Cuts {
    pub(super) is_cut: Vec<bool>,
    disc: Vec<u32>,
    low: Vec<u32>,
    parent: Vec<u32>,
}

impl Cuts {
    /// `graph` must have no parallel edges (a self-link is allowed and changes nothing).
    /// Iterative, so a long chain of people cannot overflow the stack.
    pub(super) fn new(graph: &Adjacency<u32>, nodes: usize) -> Self {
        let mut cuts = Cuts {
            is_cut: vec![false; nodes],
            disc: vec![NONE; nodes],
            low: vec![NONE; nodes],
            parent: vec![NONE; nodes],
        };
        let mut time = 0;
        // (node, how many of its neighbours were looked at)
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for root in 0..nodes as u32 {
            if cuts.disc[root as usize] != NONE {
                continue;
            }
            cuts.disc[root as usize] = time;
            cuts.low[root as usize] = time;
            time += 1;
            let mut root_children = 0;
            stack.push((root, 0));
            while let Some(&mut (at, ref mut seen)) = stack.last_mut() {
                let a = at as usize;
                if let Some(&next) = graph.of(at).get(*seen) {
                    *seen += 1;
                    let n = next as usize;
                    if next == at || next == cuts.parent[a] {
                        continue;
                    }
                    if cuts.disc[n] == NONE {
                        cuts.parent[n] = at;
                        cuts.disc[n] = time;
                        cuts.low[n] = time;
                        time += 1;
                        if at == root {
                            root_children += 1;
                        }
                        stack.push((next, 0));
                    } else {
                        cuts.low[a] = cuts.low[a].min(cuts.disc[n]);
                    }
                } else {
                    stack.pop();
                    let p = cuts.parent[a];
                    if p != NONE {
                        cuts.low[p as usize] = cuts.low[p as usize].min(cuts.low[a]);
                        if p != root && cuts.low[a] >= cuts.disc[p as usize] {
                            cuts.is_cut[p as usize] = true;
                        }
                    }
                }
            }
            cuts.is_cut[root as usize] = root_children > 1;
        }
        cuts
    }

    /// Whether the edge `a`–`b` of the graph is a bridge: a search-tree edge below which
    /// nothing reaches back above it.
    pub(super) fn is_bridge(&self, a: u32, b: u32) -> bool {
        let (a, b) = (a as usize, b as usize);
        if self.parent[b] == a as u32 {
            self.low[b] > self.disc[a]
        } else if self.parent[a] == b as u32 {
            self.low[a] > self.disc[b]
        } else {
            false
        }
    }
}
